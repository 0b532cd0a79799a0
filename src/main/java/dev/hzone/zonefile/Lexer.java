package dev.hzone.zonefile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits zone-file bytes into {@link Entry entries}: one per logical line, with parentheses joining
 * physical lines, {@code "..."} strings, backslash escapes and {@code ;} comments, as BIND reads
 * them (a {@code "} ends an unquoted token and starts a quoted one; a quoted string cannot span
 * lines).
 */
final class Lexer {
  /**
   * The most bytes one field can take: a record's data is at most 65,535 bytes, and in text each
   * byte takes at most four characters ({@code \DDD}). Longer fields are refused as they are read,
   * before anything is built from them, so that a runaway line (say, 100 MB without a newline)
   * costs no more memory than the file itself.
   */
  static final int MAX_FIELD_BYTES = 4 * 65_535 + 4;

  /**
   * The most fields one entry can have: one record's data cannot hold more (each takes a byte at
   * least).
   */
  static final int MAX_FIELDS = 65_535 + 16;

  private final byte[] b;
  private final int end;
  private final String file;
  private int pos;
  private int line;
  private boolean seenEntry;
  private final List<String> header = new ArrayList<>();

  Lexer(byte[] bytes, int from, int to, int firstLine, String file) {
    this.b = bytes;
    this.pos = from;
    this.end = to;
    this.line = firstLine;
    this.file = file;
  }

  /** Comment lines before the first entry, text after the {@code ;}. */
  List<String> header() {
    return header;
  }

  /** The offset of the next unread byte. */
  int position() {
    return pos;
  }

  /** The line of the next unread byte. */
  int line() {
    return line;
  }

  /**
   * Reads the next entry into {@code e}.
   *
   * @return false at the end of the input
   * @throws ZoneFileException on unbalanced parentheses or quotes
   */
  boolean next(Entry e) {
    e.reset(b);
    int depth = 0;
    int openLine = 0;
    int lineStart = pos;
    while (true) {
      if (pos >= end) {
        if (depth > 0) {
          throw error(openLine, "'(' is never closed: add the matching ')'");
        }
        return e.count > 0;
      }
      byte c = b[pos];
      switch (c) {
        case '\n':
          line++;
          pos++;
          lineStart = pos;
          if (depth == 0 && e.count > 0) {
            return true;
          }
          break;
        case ' ':
        case '\t':
        case '\r':
          pos++;
          break;
        case ';':
          comment(e, depth);
          break;
        case '(':
          if (depth++ == 0) {
            openLine = line;
          }
          pos++;
          break;
        case ')':
          if (depth == 0) {
            throw error(line, "')' without a matching '('");
          }
          depth--;
          pos++;
          break;
        case '"':
          first(e, lineStart);
          quoted(e);
          break;
        default:
          first(e, lineStart);
          plain(e);
          break;
      }
    }
  }

  private void first(Entry e, int lineStart) {
    if (e.count == 0) {
      e.line = line;
      e.blankOwner = pos > lineStart;
      seenEntry = true;
    }
  }

  private void comment(Entry e, int depth) {
    int s = ++pos;
    while (pos < end && b[pos] != '\n') {
      pos++;
    }
    int t = pos;
    if (t > s && b[t - 1] == '\r') {
      t--;
    }
    // A record's comment is the one ending its line, for records written on one line. In a record
    // spread
    // over several lines by parentheses, comments annotate fields (SOA "; serial") and are not
    // kept.
    if (e.count > 0 && depth == 0 && e.commentStart < 0 && e.line == line) {
      e.commentStart = s;
      e.commentEnd = t;
    } else if (e.count == 0 && depth == 0 && !seenEntry) {
      header.add(new String(b, s, t - s, StandardCharsets.UTF_8).stripTrailing());
    }
  }

  private void quoted(Entry e) {
    int rs = pos;
    int s = ++pos;
    boolean esc = false;
    boolean high = false;
    while (true) {
      if (pos >= end || b[pos] == '\n') {
        throw error(line, "quoted string is not closed on this line: add the closing '\"'");
      }
      byte c = b[pos];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        esc = true;
        pos++;
        if (pos >= end || b[pos] == '\n') {
          throw error(line, "quoted string ends in a lone backslash");
        }
      }
      if (b[pos] < 0) {
        high = true;
      }
      pos++;
    }
    checkField(e, pos - s);
    e.add(s, pos, rs, pos + 1, true, esc, high);
    pos++;
  }

  private void checkField(Entry e, int length) {
    if (length > MAX_FIELD_BYTES) {
      throw error(
          line,
          "a field of "
              + length
              + " bytes: no record's data can hold more than 65535 bytes (is a "
              + "newline or a closing quote missing?)");
    }
    if (e.count >= MAX_FIELDS) {
      throw error(
          line,
          "more than "
              + MAX_FIELDS
              + " fields in one record: no record's data can hold them (is "
              + "a ')' or a newline missing?)");
    }
  }

  private void plain(Entry e) {
    int s = pos;
    boolean esc = false;
    boolean high = false;
    while (pos < end) {
      byte c = b[pos];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '(' || c == ')'
          || c == '"') {
        break;
      }
      if (c == '\\') {
        esc = true;
        pos++;
        if (pos >= end || b[pos] == '\n') {
          throw error(line, "a lone backslash at the end of a line");
        }
      }
      if (b[pos] < 0) {
        high = true;
      }
      pos++;
    }
    checkField(e, pos - s);
    e.add(s, pos, s, pos, false, esc, high);
  }

  private ZoneFileException error(int atLine, String message) {
    return ZoneFileException.of(new SourcePosition(file, atLine), "syntax", message);
  }
}
