package dev.hzone.zonefile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One logical line of a zone file as the {@link Lexer} sees it: its tokens as offsets into the
 * file's bytes (no strings are made until a value needs one), whether it starts with blanks (owner
 * inherited), and the comment on its first line. Reused from entry to entry to keep the hot path
 * free of garbage.
 */
final class Entry {
  byte[] data;

  /** Line of the first token. */
  int line;

  /** The first token does not start in column 1: the owner is inherited. */
  boolean blankOwner;

  int count;

  /** Content start and end of each token (inside the quotes for quoted tokens). */
  int[] start = new int[16];

  int[] end = new int[16];

  /** Raw start and end, quotes included: for handing the exact text on to another parser. */
  int[] rawStart = new int[16];

  int[] rawEnd = new int[16];
  boolean[] quoted = new boolean[16];

  /** The token contains a backslash escape. */
  boolean[] escaped = new boolean[16];

  /** The token contains bytes above 0x7f. */
  boolean[] nonAscii = new boolean[16];

  int commentStart = -1;
  int commentEnd = -1;

  void reset(byte[] bytes) {
    data = bytes;
    count = 0;
    blankOwner = false;
    commentStart = -1;
    commentEnd = -1;
  }

  void add(int s, int e, int rs, int re, boolean q, boolean esc, boolean high) {
    if (count == start.length) {
      int n = count * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      rawStart = Arrays.copyOf(rawStart, n);
      rawEnd = Arrays.copyOf(rawEnd, n);
      quoted = Arrays.copyOf(quoted, n);
      escaped = Arrays.copyOf(escaped, n);
      nonAscii = Arrays.copyOf(nonAscii, n);
    }
    start[count] = s;
    end[count] = e;
    rawStart[count] = rs;
    rawEnd[count] = re;
    quoted[count] = q;
    escaped[count] = esc;
    nonAscii[count] = high;
    count++;
  }

  int length(int i) {
    return end[i] - start[i];
  }

  /** The token's content as a string, one char per byte (tokens that matter here are ASCII). */
  String text(int i) {
    return new String(data, start[i], end[i] - start[i], StandardCharsets.ISO_8859_1);
  }

  /** The token's content decoded as UTF-8, for messages and IDN. */
  String utf8(int i) {
    return new String(data, start[i], end[i] - start[i], StandardCharsets.UTF_8);
  }

  /** Whether token {@code i} is plain and equals {@code s} ignoring ASCII case. */
  boolean is(int i, String s) {
    int len = end[i] - start[i];
    if (quoted[i] || len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      int c = data[start[i] + k];
      if (c >= 'a' && c <= 'z') {
        c -= 32;
      }
      int d = s.charAt(k);
      if (d >= 'a' && d <= 'z') {
        d -= 32;
      }
      if (c != d) {
        return false;
      }
    }
    return true;
  }

  /** The entry's comment, trimmed, or {@code ""}. */
  String comment() {
    if (commentStart < 0) {
      return "";
    }
    return new String(data, commentStart, commentEnd - commentStart, StandardCharsets.UTF_8)
        .strip();
  }
}
