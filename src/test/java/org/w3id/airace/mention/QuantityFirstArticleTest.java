package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.at;
import static org.w3id.airace.mention.QuantityFixtures.money;
import static org.w3id.airace.mention.QuantityFixtures.percentage;
import static org.w3id.airace.mention.QuantityFixtures.period;
import static org.w3id.airace.mention.QuantityFixtures.qualifier;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.airace.Fixtures;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.Span;

class QuantityFirstArticleTest {

  @Test
  void firstArticleGivesExactlyItsQuantities() {
    Article article = new ArticleReader().read(Fixtures.FIRST_ARTICLE, Optional.empty());
    Article.Byline byline = article.byline().orElseThrow();
    String text = article.text();
    List<Quantity> found =
        QuantityFinder.forLanguage("de")
            .find(
                Segmenter.forLanguage("de").segment(text, new Span(byline.begin(), byline.end())));
    assertThat(found)
        .containsExactly(
            money(text, "500 Milliarden Dollar", "500000000000", "USD"),
            qualifier(at(text, "Bruchteil", 1), "Bruchteil", "fraction"),
            percentage(text, "3 %", "0.03"),
            period(text, "80er und 90er Jahren", 1980, 1999),
            qualifier(at(text, "Bruchteil", 2), "Bruchteil", "fraction"),
            money(text, "500-Milliarden-Dollar", "500000000000", "USD"));
    assertThat(found.get(0).begin()).isEqualTo(text.indexOf("500 Milliarden Dollar"));
    assertThat(text.substring(found.get(5).begin(), found.get(5).end() + 6))
        .isEqualTo("500-Milliarden-Dollar-Wette");
  }
}
