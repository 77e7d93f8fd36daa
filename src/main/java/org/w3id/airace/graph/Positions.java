package org.w3id.airace.graph;

/**
 * Turns Java string indices (UTF-16 units) into the character positions of NIF and RFC 5147, which
 * count Unicode code points, so that an emoji or a rare CJK character counts once.
 */
final class Positions {
  private final String text;
  private final boolean bmpOnly;

  Positions(String text) {
    this.text = text;
    this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
  }

  int of(int utf16Index) {
    return bmpOnly ? utf16Index : text.codePointCount(0, utf16Index);
  }
}
