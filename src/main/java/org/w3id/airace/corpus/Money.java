package org.w3id.airace.corpus;

import java.math.BigDecimal;

/** A sum of money in words, the way an article of each language writes it. */
final class Money {
  private Money() {}

  /** "1,5 Milliarden Euro" in German, "€1.5 billion" in English. */
  static String words(BigDecimal mantissa, boolean billions, String currency, String language) {
    String number = mantissa.toPlainString();
    if (language.equals("de")) {
      String scale = billions ? "Milliarden" : "Millionen";
      String name =
          switch (currency) {
            case "USD" -> "Dollar";
            case "EUR" -> "Euro";
            default -> "Pfund";
          };
      return number.replace('.', ',') + " " + scale + " " + name;
    }
    String symbol =
        switch (currency) {
          case "USD" -> "$";
          case "EUR" -> "€";
          default -> "£";
        };
    return symbol + number + (billions ? " billion" : " million");
  }
}
