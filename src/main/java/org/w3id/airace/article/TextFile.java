package org.w3id.airace.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article file as UTF-8 text, and refuses with the place what is no such text: a missing
 * file, a folder, a file over {@link ArticleReader#MAX_BYTES}, UTF-16, binary data, another
 * encoding.
 */
final class TextFile {
  private TextFile() {}

  /** Refuses a path that is no file: missing, or a folder. */
  static void requireFile(Path file) {
    if (!Files.exists(file)) {
      throw new ArticleException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ArticleException(
          file, "a folder, not an article file; give --articles DIR to load the articles in it");
    }
  }

  /** The file's content, decoded as UTF-8. */
  static String read(Path file) {
    byte[] bytes = bytes(file);
    if (bytes.length >= 2
        && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
            || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      throw new ArticleException(
          file,
          1,
          "not UTF-8 text: UTF-16 (it starts with the byte order mark "
              + hex(bytes[0])
              + " "
              + hex(bytes[1])
              + "); convert it to UTF-8, e.g. with iconv -f UTF-16 -t UTF-8");
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw binary(file, bytes, nul);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(file, bytes, in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static byte[] bytes(Path file) {
    requireFile(file);
    try {
      long size = Files.size(file);
      if (size > ArticleReader.MAX_BYTES) {
        throw new ArticleException(
            file,
            "too large: "
                + size(size)
                + "; an article may have at most "
                + size(ArticleReader.MAX_BYTES)
                + " of text — split it into several articles");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleException(file, "no such file");
    } catch (IOException e) {
      throw new ArticleException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Binary data: the file holds a NUL byte, or is not UTF-8 and holds control bytes that no text in
   * any encoding has.
   */
  private static ArticleException binary(Path file, byte[] bytes, int offset) {
    return new ArticleException(
        file,
        "binary data, not text: byte "
            + hex(bytes[offset])
            + " at byte offset "
            + offset
            + "; an article is a UTF-8 text file (.md or .txt)");
  }

  private static ArticleException notUtf8(Path file, byte[] bytes, int offset) {
    for (int i = 0; i < bytes.length; i++) {
      if (isControl(bytes[i])) {
        return binary(file, bytes, i);
      }
    }
    return new ArticleException(
        file,
        lineOf(bytes, offset),
        "not UTF-8 text: byte "
            + hex(bytes[offset])
            + " at byte offset "
            + offset
            + " is not UTF-8 (is the file Latin-1 or Windows-1252?); convert it to UTF-8,"
            + " e.g. with iconv -f WINDOWS-1252 -t UTF-8");
  }

  /** A C0 control byte that text does not hold: all but tab, line feed, form feed, return. */
  private static boolean isControl(byte b) {
    return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static String hex(byte b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }

  /** "20.0 MiB (20,971,520 bytes)". */
  static String size(long bytes) {
    if (bytes < 1024) {
      return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
    boolean mib = bytes >= 1024 * 1024;
    return String.format(
        Locale.ROOT,
        "%.1f %s (%,d bytes)",
        bytes / (mib ? 1024.0 * 1024 : 1024.0),
        mib ? "MiB" : "KiB",
        bytes);
  }
}
