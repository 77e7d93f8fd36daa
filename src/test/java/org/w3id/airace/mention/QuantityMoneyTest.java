package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.find;
import static org.w3id.airace.mention.QuantityFixtures.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityMoneyTest {

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | OpenAI will 500 Milliarden Dollar ausgeben.         | 500 Milliarden Dollar       | 500000000000  | USD
          de | Der Konzern investiert 109 Mrd. Euro in Chips.      | 109 Mrd. Euro               | 109000000000  | EUR
          de | Peking stellt 344 Milliarden Yuan bereit.           | 344 Milliarden Yuan         | 344000000000  | CNY
          de | Das Projekt kostet 1,5 Billionen US-Dollar.         | 1,5 Billionen US-Dollar     | 1500000000000 | USD
          de | Die Lizenz kostet 20 € im Monat.                    | 20 €                        | 20            | EUR
          de | Die Lizenz kostet 20€ im Monat.                     | 20€                         | 20            | EUR
          de | Die Fabrik kostet 2,5 Mrd. USD.                     | 2,5 Mrd. USD                | 2500000000    | USD
          de | Der Fonds hat US$ 3 Mio. eingesammelt.              | US$ 3 Mio.                  | 3000000       | USD
          de | Der Fonds hat EUR 750.000 eingesammelt.             | EUR 750.000                 | 750000        | EUR
          de | Alibaba bietet 12 Milliarden Renminbi.              | 12 Milliarden Renminbi      | 12000000000   | CNY
          de | Tencent zahlt 8 Mrd. RMB.                           | 8 Mrd. RMB                  | 8000000000    | CNY
          de | Baidu zahlt 8 Mrd. CNY.                             | 8 Mrd. CNY                  | 8000000000    | CNY
          de | London gibt 3 Milliarden Pfund aus.                 | 3 Milliarden Pfund          | 3000000000    | GBP
          de | Tokio gibt 2 Billionen Yen aus.                     | 2 Billionen Yen             | 2000000000000 | JPY
          de | Bern gibt 400 Millionen Franken aus.                | 400 Millionen Franken       | 400000000     | CHF
          de | Zürich gibt 1.000,5 CHF aus.                        | 1.000,5 CHF                 | 1000.5        | CHF
          de | Das ist eine Milliarde Euro wert.                   | eine Milliarde Euro         | 1000000000    | EUR
          de | Das Budget beträgt zehn Millionen Dollar.           | zehn Millionen Dollar       | 10000000      | USD
          de | Die Firma sammelte $5.6 million ein.                | $5.6 million                | 5600000       | USD
          de | Die Firma sammelte $5.6 billion ein.                | $5.6 billion                | 5600000000    | USD
          de | Das kostet $1,000 im Monat.                         | $1,000                      | 1000          | USD
          en | Microsoft will spend $65 billion this year.         | $65 billion                 | 65000000000   | USD
          en | The start-up raised $5.6 million.                   | $5.6 million                | 5600000       | USD
          en | Meta plans 80 billion dollars of spending.          | 80 billion dollars          | 80000000000   | USD
          en | The bill costs 2 billion euros.                     | 2 billion euros             | 2000000000    | EUR
          en | Britain pledged £3bn for compute.                   | £3bn                        | 3000000000    | GBP
          en | Britain pledged 2 billion pounds for compute.       | 2 billion pounds            | 2000000000    | GBP
          en | SoftBank spent ¥500 billion.                        | ¥500 billion                | 500000000000  | JPY
          en | Beijing spent ¥344 billion yuan.                    | ¥344 billion yuan           | 344000000000  | CNY
          en | The fund holds €1.2bn in chips.                     | €1.2bn                      | 1200000000    | EUR
          en | The licence costs 1,000.5 euros.                    | 1,000.5 euros               | 1000.5        | EUR
          en | The round raised a billion dollars.                 | a billion dollars           | 1000000000    | USD
          en | Ten dollars is the price.                           | Ten dollars                 | 10            | USD
          en | The firm spent three hundred million dollars.       | three hundred million dollars | 300000000   | USD
          en | The deal is worth US$ 2 trillion.                   | US$ 2 trillion              | 2000000000000 | USD
          """)
  void amountWithCurrency(
      String language, String sentence, String anchor, String value, String currency) {
    assertThat(find(language, sentence)).containsExactly(money(sentence, anchor, value, currency));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Sie wollen rund 5 Mio. Euro.                 | rund 5 Mio. Euro                | 5000000      | EUR | approximately
          de | Sie wollen mehr als 500 Milliarden Dollar.   | mehr als 500 Milliarden Dollar  | 500000000000 | USD | more than
          de | Sie wollen bis zu 10 Mio. CHF.               | bis zu 10 Mio. CHF              | 10000000     | CHF | up to
          de | Sie wollen etwa 2 Mrd. €.                    | etwa 2 Mrd. €                   | 2000000000   | EUR | approximately
          en | They want about $2 billion.                  | about $2 billion                | 2000000000   | USD | approximately
          en | They want more than 10 million euros.        | more than 10 million euros      | 10000000     | EUR | more than
          en | They want up to $500 billion.                | up to $500 billion              | 500000000000 | USD | up to
          en | They want nearly £1bn.                       | nearly £1bn                     | 1000000000   | GBP | almost
          """)
  void fuzzyWordBeforeTheAmountIsItsQualifier(
      String language,
      String sentence,
      String anchor,
      String value,
      String currency,
      String qualifier) {
    assertThat(find(language, sentence))
        .containsExactly(money(sentence, anchor, value, currency, qualifier));
  }

  @Test
  void amountInsideHyphenatedCompound() {
    String text = "Das ist OpenAIs 500-Milliarden-Dollar-Wette auf Infrastruktur.";
    assertThat(find("de", text))
        .containsExactly(money(text, "500-Milliarden-Dollar", "500000000000", "USD"));
    assertThat(find("de", text).get(0).begin()).isEqualTo(16);
    assertThat(find("de", text).get(0).end()).isEqualTo(37);
  }

  @Test
  void englishCompoundAdjective() {
    String text = "It is a 500-billion-dollar bet.";
    assertThat(find("en", text))
        .containsExactly(money(text, "500-billion-dollar", "500000000000", "USD"));
  }

  @Test
  void germanBillionIsTenToTheTwelfthEnglishBillionTenToTheNinth() {
    String de = "Es geht um 2 Billionen Euro.";
    String en = "It costs 2 billion euros.";
    assertThat(find("de", de))
        .containsExactly(money(de, "2 Billionen Euro", "2000000000000", "EUR"));
    assertThat(find("en", en)).containsExactly(money(en, "2 billion euros", "2000000000", "EUR"));
  }

  @Test
  void yearSizedAmountIsMoneyNotAYear() {
    String text = "Das Ticket kostet 2000 Dollar.";
    assertThat(find("de", text)).containsExactly(money(text, "2000 Dollar", "2000", "USD"));
  }

  @Test
  void wordsThatAreCurrenciesOnlyWithAScaleNeedOne() {
    assertThat(find("en", "He lost 5 pounds and won 3 games.")).isEmpty();
    String text = "Seoul invests 5 trillion won.";
    assertThat(find("en", text))
        .containsExactly(money(text, "5 trillion won", "5000000000000", "KRW"));
  }

  @Test
  void amountWithoutCurrencyIsNoMoney() {
    assertThat(find("de", "Das sind 500 Milliarden, mehr als 3 Millionen Nutzer.")).isEmpty();
    assertThat(find("en", "That is 500 billion parameters and a million users.")).isEmpty();
  }

  @Test
  void numeralThatMixesItsMarksIsSkipped() {
    String text = "Es kostet 1.000,000.5 Dollar oder 7 Dollar.";
    assertThat(find("de", text)).containsExactly(money(text, "7 Dollar", "7", "USD"));
  }
}
