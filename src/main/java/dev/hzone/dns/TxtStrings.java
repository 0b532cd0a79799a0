package dev.hzone.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TXT values in Hetzner's syntax: one or more double-quoted character-strings of at most 255 bytes,
 * separated by a space, with {@code "} and {@code \} escaped and non-printable bytes as {@code
 * \DDD}.
 *
 * <p>Typed text is split on raw bytes (RFC 1035's limit is 255 octets per string), never inside a
 * UTF-8 character, and escaped afterwards, so the official SDKs' pitfalls (splitting an escape, or
 * a character) cannot happen here.
 */
public final class TxtStrings {
  /** The most bytes one character-string may hold. */
  public static final int MAX_STRING_BYTES = 255;

  private TxtStrings() {}

  /**
   * Parses a presentation-form TXT value: quoted strings (with {@code \"}, {@code \\} and {@code
   * \DDD} escapes) or bare words, separated by blanks.
   *
   * @throws IllegalArgumentException on an unterminated quote or a bad escape
   */
  public static List<byte[]> parse(String value) {
    List<byte[]> out = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      boolean quoted = c == '"';
      if (quoted) {
        i++;
      }
      boolean closed = !quoted;
      while (i < n) {
        c = value.charAt(i);
        if (quoted && c == '"') {
          closed = true;
          i++;
          break;
        }
        if (!quoted && (c == ' ' || c == '\t')) {
          break;
        }
        if (c == '\\') {
          i = unescape(value, i, buf);
          continue;
        }
        int cp = value.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        buf.write(b, 0, b.length);
        i += Character.charCount(cp);
      }
      if (!closed) {
        throw new IllegalArgumentException("unterminated quoted string in TXT value");
      }
      out.add(buf.toByteArray());
    }
    return out;
  }

  private static int unescape(String value, int i, ByteArrayOutputStream buf) {
    if (i + 1 >= value.length()) {
      throw new IllegalArgumentException("TXT value ends in a lone backslash");
    }
    char d = value.charAt(i + 1);
    if (Character.isDigit(d)) {
      if (i + 4 > value.length()
          || !Character.isDigit(value.charAt(i + 2))
          || !Character.isDigit(value.charAt(i + 3))) {
        throw new IllegalArgumentException("bad \\DDD escape in TXT value");
      }
      int v = Integer.parseInt(value.substring(i + 1, i + 4));
      if (v > 255) {
        throw new IllegalArgumentException("\\DDD escape above 255 in TXT value");
      }
      buf.write(v);
      return i + 4;
    }
    int cp = value.codePointAt(i + 1);
    byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
    buf.write(b, 0, b.length);
    return i + 1 + Character.charCount(cp);
  }

  /** The strings' bytes joined: what a TXT value means, for comparing values. */
  public static byte[] content(String value) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    for (byte[] s : parse(value)) {
      buf.write(s, 0, s.length);
    }
    return buf.toByteArray();
  }

  /** Splits raw bytes into strings of at most 255 bytes without cutting a UTF-8 character. */
  public static List<byte[]> split(byte[] content) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    if (content.length == 0) {
      out.add(new byte[0]);
      return out;
    }
    while (start < content.length) {
      int end = Math.min(start + MAX_STRING_BYTES, content.length);
      if (end < content.length) {
        int cut = end;
        // Step back over continuation bytes (10xxxxxx) so a multi-byte character stays whole.
        while (cut > start && (content[cut] & 0xC0) == 0x80) {
          cut--;
        }
        if (cut > start) {
          end = cut;
        }
      }
      byte[] part = new byte[end - start];
      System.arraycopy(content, start, part, 0, part.length);
      out.add(part);
      start = end;
    }
    return out;
  }

  /** Formats strings as quoted, escaped presentation text joined by one space. */
  public static String format(List<byte[]> strings) {
    StringBuilder sb = new StringBuilder();
    for (byte[] s : strings) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append('"');
      appendEscaped(sb, s);
      sb.append('"');
    }
    return sb.toString();
  }

  /**
   * The API value for text a user typed: quoted input is taken as presentation form (its string
   * boundaries kept, each re-escaped); anything else is the literal content, split into 255-byte
   * strings.
   */
  public static String fromUserText(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return format(parse(text));
    }
    return format(split(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void appendEscaped(StringBuilder sb, byte[] s) {
    int i = 0;
    while (i < s.length) {
      int b = s[i] & 0xff;
      if (b == '"' || b == '\\') {
        sb.append('\\').append((char) b);
        i++;
      } else if (b >= 0x20 && b < 0x7f) {
        sb.append((char) b);
        i++;
      } else if (b >= 0x80) {
        int len = utf8Length(s, i);
        if (len > 0) {
          String ch = new String(s, i, len, StandardCharsets.UTF_8);
          int cp = ch.codePointAt(0);
          if (Character.isISOControl(cp)
              || !Character.isDefined(cp)
              || Character.isWhitespace(cp)) {
            for (int k = 0; k < len; k++) {
              appendDdd(sb, s[i + k] & 0xff);
            }
          } else {
            sb.append(ch);
          }
          i += len;
        } else {
          appendDdd(sb, b);
          i++;
        }
      } else {
        appendDdd(sb, b);
        i++;
      }
    }
  }

  private static void appendDdd(StringBuilder sb, int b) {
    sb.append('\\');
    if (b < 100) {
      sb.append('0');
    }
    if (b < 10) {
      sb.append('0');
    }
    sb.append(b);
  }

  /** Length of a well-formed, shortest-form UTF-8 sequence at {@code i}, or 0. */
  private static int utf8Length(byte[] s, int i) {
    int b = s[i] & 0xff;
    int len;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > s.length) {
      return 0;
    }
    int cp = b & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = s[i + k] & 0xff;
      if ((c & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return len;
  }
}
