package dev.hzone.cli.framework;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Left-aligned text columns separated by three spaces, as the hcloud CLI prints them; the last
 * column is never padded, so lines carry no trailing blanks. Widths count code points, so IDN names
 * stay aligned. A cell may hold several lines (an RRSet's records, say): the row then takes that
 * many lines, the other cells blank below their first line.
 */
public final class TextTable {
  private static final String GAP = "   ";
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a row (the header is just the first row, if wanted). */
  public TextTable row(List<String> cells) {
    List<String[]> split = cells.stream().map(c -> c.split("\n", -1)).toList();
    int height = split.stream().mapToInt(a -> a.length).max().orElse(1);
    for (int line = 0; line < height; line++) {
      List<String> r = new ArrayList<>(cells.size());
      for (String[] c : split) {
        r.add(line < c.length ? c[line] : "");
      }
      rows.add(r);
    }
    return this;
  }

  /** Prints the rows, aligned. */
  public void print(PrintStream out) {
    out.print(render());
  }

  /** The aligned text, one line per row, each ending in a newline. */
  public String render() {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], length(r.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        line.append(cell);
        if (i < r.size() - 1) {
          line.append(" ".repeat(width[i] - length(cell))).append(GAP);
        }
      }
      sb.append(strip(line)).append('\n');
    }
    return sb.toString();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String strip(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
