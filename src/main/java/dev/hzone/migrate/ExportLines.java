package dev.hzone.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits zone-file text into logical entries (one directive or one record each), following RFC
 * 1035's lexical rules: {@code ;} comments, quoted strings, backslash escapes and parentheses that
 * continue an entry over several lines. It does not read records (hzone's reader does, {@link
 * dev.hzone.zonefile.RecordByRecord}); it finds what the providers' quirks need before that: where
 * each record starts, its words, and its trailing comment.
 */
final class ExportLines {
  private ExportLines() {}

  static List<ExportEntry> split(String text) {
    List<ExportEntry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    List<String> tokens = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    int start = 0;
    int depth = 0;
    boolean inherited = false;
    boolean multiLine = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (depth == 0) {
        start = i + 1;
        inherited = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
        multiLine = false;
        comment.setLength(0);
      } else {
        multiLine = true;
      }
      depth = scan(line, tokens, comment, depth);
      if (depth == 0 && !tokens.isEmpty()) {
        boolean directive = tokens.get(0).startsWith("$") && !inherited;
        out.add(
            new ExportEntry(
                directive ? ExportEntry.Kind.DIRECTIVE : ExportEntry.Kind.RECORD,
                start,
                i + 1,
                tokens,
                multiLine ? "" : comment.toString().trim(),
                inherited));
        tokens.clear();
      }
    }
    return out;
  }

  /**
   * Adds the line's words to {@code tokens} and its comment to {@code comment}; returns the new
   * depth.
   */
  private static int scan(String line, List<String> tokens, StringBuilder comment, int depth) {
    int i = 0;
    int n = line.length();
    StringBuilder word = new StringBuilder();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ';') {
        comment.append(line, i + 1, n);
        break;
      }
      if (c == '"') {
        int end = i + 1;
        while (end < n && line.charAt(end) != '"') {
          end += line.charAt(end) == '\\' ? 2 : 1;
        }
        word.append(line, i, Math.min(end + 1, n));
        i = end + 1;
        continue;
      }
      if (c == '\\' && i + 1 < n) {
        word.append(c).append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '(' || c == ')' || c == ' ' || c == '\t') {
        flush(word, tokens);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        depth = Math.max(depth, 0);
        i++;
        continue;
      }
      word.append(c);
      i++;
    }
    flush(word, tokens);
    return depth;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }
}
