package org.w3id.airace.mention;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numerals written the German or the English way into exact decimals.
 *
 * <ul>
 *   <li>With both marks, the last one is the decimal mark: "1.000,5" and "1,000.5" are 1000.5.
 *   <li>One mark used more than once groups thousands: "1.000.000" and "1,000,000" are 1000000.
 *   <li>One mark once, not followed by exactly three digits, is the decimal mark in either
 *       language: "3,5" and "5.6" are 3.5 and 5.6.
 *   <li>One mark once before exactly three digits is ambiguous; the language decides: German
 *       "1.000" is 1000 and "1,000" is 1.000; English "1,000" is 1000 and "1.000" is 1.000.
 *   <li>A no-break, narrow no-break or thin space groups thousands: "1 000".
 * </ul>
 *
 * <pre>{@code
 * NumberParser.parse("1.000,5", "de");   // 1000.5
 * NumberParser.parse("$5.6".substring(1), "de");   // 5.6
 * }</pre>
 */
public final class NumberParser {
  private static final Pattern NUMERAL = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern SPACES = Pattern.compile("[\u00A0\u202F\u2009]");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

  private NumberParser() {}

  /**
   * The value of {@code numeral}, without trailing zeros ("3,50" is 3.5, "1.000" in German 1000).
   *
   * @param language "de" or "en": the notation for a numeral that alone cannot tell
   * @throws NumberFormatException if {@code numeral} is not digits with "." and "," marks
   * @throws IllegalArgumentException if {@code language} is neither "de" nor "en"
   */
  public static BigDecimal parse(String numeral, String language) {
    if (!"de".equals(language) && !"en".equals(language)) {
      throw new IllegalArgumentException(
          "Numeral \""
              + numeral
              + "\": language must be \"de\" or \"en\", got \""
              + language
              + "\"");
    }
    String plain = SPACES.matcher(numeral).replaceAll("");
    if (!NUMERAL.matcher(plain).matches()) {
      throw new NumberFormatException("Not a numeral: \"" + numeral + "\"");
    }
    char decimal = decimalMark(plain, language);
    char group = decimal == '.' ? ',' : '.';
    int point = plain.lastIndexOf(decimal);
    String whole = point < 0 ? plain : plain.substring(0, point);
    boolean grouped = whole.indexOf(group) >= 0;
    if (whole.indexOf(decimal) >= 0
        || grouped && !GROUPED.matcher(whole.replace(group, ',')).matches()) {
      throw new NumberFormatException(
          "Not a numeral: \"" + numeral + "\": thousands must be grouped by three");
    }
    String digits = whole.replace(String.valueOf(group), "");
    String fraction = point < 0 ? "" : "." + plain.substring(point + 1);
    return exact(new BigDecimal(digits + fraction));
  }

  /** {@code value} without trailing zeros and never in exponent form ("5E+2" becomes "500"). */
  static BigDecimal exact(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static char decimalMark(String plain, String language) {
    int dot = plain.lastIndexOf('.');
    int comma = plain.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      return dot > comma ? '.' : ',';
    }
    char mark = dot >= 0 ? '.' : ',';
    long marks = plain.chars().filter(c -> c == mark).count();
    if (marks == 0) {
      return '.';
    }
    if (marks > 1) {
      return mark == '.' ? ',' : '.';
    }
    boolean threeAfter = plain.length() - plain.indexOf(mark) - 1 == 3;
    boolean groupable = plain.indexOf(mark) <= 3;
    if (!threeAfter || !groupable) {
      return mark;
    }
    return "en".equals(language) ? '.' : ',';
  }
}
