package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.at;
import static org.w3id.airace.mention.QuantityFixtures.find;
import static org.w3id.airace.mention.QuantityFixtures.money;
import static org.w3id.airace.mention.QuantityFixtures.month;
import static org.w3id.airace.mention.QuantityFixtures.percentage;
import static org.w3id.airace.mention.QuantityFixtures.period;
import static org.w3id.airace.mention.QuantityFixtures.qualifier;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParagraphTest {

  @Test
  void germanParagraphGivesEveryQuantityInTextOrder() {
    String text =
        "Microsoft investiert 2024 rund 80 Milliarden US-Dollar in Rechenzentren, etwa 30 % mehr"
            + " als im Vorjahr. Die EU plant bis zu 200 Mrd. € für KI, China 344 Milliarden Yuan."
            + " Schon in den 70er Jahren und von 1984 bis 1995 gab es ähnliche Programme; im Mai"
            + " 2024 kündigte Frankreich 1.000,5 Mio. Euro an. Ein Start-up schaffte das mit einem"
            + " Bruchteil der Mittel, für drei Prozent der Kosten.";
    List<Quantity> found = find("de", text);
    assertThat(found)
        .containsExactly(
            period(at(text, "2024", 1), "2024", 2024, 2024),
            money(text, "rund 80 Milliarden US-Dollar", "80000000000", "USD", "approximately"),
            percentage(text, "etwa 30 %", "0.3", "approximately"),
            money(text, "bis zu 200 Mrd. €", "200000000000", "EUR", "up to"),
            money(text, "344 Milliarden Yuan", "344000000000", "CNY"),
            period(text, "70er Jahren", 1970, 1979),
            period(text, "von 1984 bis 1995", 1984, 1995),
            month(text, "Mai 2024", "2024-05"),
            money(text, "1.000,5 Mio. Euro", "1000500000", "EUR"),
            qualifier(text, "Bruchteil", "fraction"),
            percentage(text, "drei Prozent", "0.03"));
  }

  @Test
  void englishParagraphGivesEveryQuantityInTextOrder() {
    String text =
        "In 2025 Microsoft said it would spend $80 billion on data centres, roughly 5 % of its"
            + " revenue. The Stargate project is worth up to $500 billion, while Alibaba pledged 380"
            + " billion yuan and SoftBank ¥1.5 trillion. In the 1990s, and again from 2010 to 2015,"
            + " costs fell by ten percent a year; in May 2024 a rival matched the results for a"
            + " fraction of the price, paying £3bn and 1,000.5 euros.";
    assertThat(find("en", text))
        .containsExactly(
            period(text, "2025", 2025, 2025),
            money(text, "$80 billion", "80000000000", "USD"),
            percentage(text, "roughly 5 %", "0.05", "approximately"),
            money(text, "up to $500 billion", "500000000000", "USD", "up to"),
            money(text, "380 billion yuan", "380000000000", "CNY"),
            money(text, "¥1.5 trillion", "1500000000000", "JPY"),
            period(text, "1990s", 1990, 1999),
            period(text, "from 2010 to 2015", 2010, 2015),
            percentage(text, "ten percent", "0.1"),
            month(text, "May 2024", "2024-05"),
            qualifier(text, "fraction", "fraction"),
            money(text, "£3bn", "3000000000", "GBP"),
            money(text, "1,000.5 euros", "1000.5", "EUR"));
  }

  @Test
  void anchorsAreTheTextAtTheirOffsets() {
    String text =
        "Rund 3 % der 500 Milliarden Dollar flossen in den 80er Jahren; im Mai 2024 war es ein"
            + " Bruchteil.";
    assertThat(find("de", text))
        .hasSize(5)
        .allSatisfy(q -> assertThat(text.substring(q.begin(), q.end())).isEqualTo(q.anchor()));
  }
}
