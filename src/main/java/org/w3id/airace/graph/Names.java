package org.w3id.airace.graph;

/** Makes the local part of a resource IRI from a name: "Jane Doe" becomes "Jane_Doe". */
final class Names {
  private Names() {}

  static String iriSegment(String name) {
    StringBuilder out = new StringBuilder();
    for (int cp : name.strip().codePoints().toArray()) {
      if (Character.isWhitespace(cp)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
      } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.') {
        out.appendCodePoint(cp);
      } else {
        out.append('_');
      }
    }
    return out.toString();
  }
}
