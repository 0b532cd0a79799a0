package dev.hzone.cli.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The layout of {@code describe} for people: {@code Label: value} lines whose values line up within
 * a block, nested sections indented by two, lists as {@code - item}. Like the hcloud CLI's describe
 * output, but aligned with spaces instead of tabs.
 *
 * <pre>{@code
 * DescribeWriter d = new DescribeWriter();
 * d.field("ID", "42").field("Name", "example.com");
 * d.section("Protection", s -> s.field("Delete", Humanize.yesNo(false)));
 * d.labels(Map.of("team", "web"));
 * inv.out().print(d.render());
 * }</pre>
 */
public final class DescribeWriter {
  private final List<Line> lines;
  private final int indent;
  private boolean bulletPending;

  /** An empty top-level layout. */
  public DescribeWriter() {
    this(new ArrayList<>(), 0, false);
  }

  private DescribeWriter(List<Line> lines, int indent, boolean bulletPending) {
    this.lines = lines;
    this.indent = indent;
    this.bulletPending = bulletPending;
  }

  private record Line(int indent, boolean bullet, String label, String value, boolean aligned) {}

  /** {@code Label: value}. */
  public DescribeWriter field(String label, String value) {
    add(label + ":", value, true);
    return this;
  }

  /** {@code Label:} followed by the lines {@code body} writes, indented by two. */
  public DescribeWriter section(String label, Consumer<DescribeWriter> body) {
    add(label + ":", "", false);
    body.accept(new DescribeWriter(lines, indent + 2, false));
    return this;
  }

  /**
   * {@code Label:} then one {@code - item} line per item, or {@code none} indented when there are
   * none.
   */
  public DescribeWriter list(String label, Collection<String> items, String none) {
    return section(
        label,
        s -> {
          if (items.isEmpty()) {
            s.text(none);
          }
          for (String i : items) {
            s.bullet(i);
          }
        });
  }

  /** One {@code - text} line. */
  public DescribeWriter bullet(String text) {
    lines.add(new Line(indent, true, text, "", false));
    return this;
  }

  /**
   * One list item made of several lines, the first marked {@code -}: for example a primary
   * nameserver with its address, port and TSIG algorithm.
   */
  public DescribeWriter item(Consumer<DescribeWriter> body) {
    body.accept(new DescribeWriter(lines, indent + 2, true));
    return this;
  }

  /** A line of text at this level. */
  public DescribeWriter text(String text) {
    add(text, "", false);
    return this;
  }

  /**
   * {@code Labels:} with one {@code key: value} line per label sorted by key, or {@code No labels}.
   */
  public DescribeWriter labels(Map<String, String> labels) {
    return section(
        "Labels",
        s -> {
          if (labels.isEmpty()) {
            s.text("No labels");
          }
          for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            s.add(e.getKey() + ":", e.getValue(), false);
          }
        });
  }

  /** An empty line between blocks. */
  public DescribeWriter blank() {
    lines.add(new Line(0, false, "", "", false));
    return this;
  }

  private void add(String label, String value, boolean aligned) {
    if (bulletPending) {
      lines.add(new Line(indent - 2, true, label, value, aligned));
      bulletPending = false;
    } else {
      lines.add(new Line(indent, false, label, value, aligned));
    }
  }

  /**
   * The text, one line each ending in a newline; values aligned within runs of fields at one level.
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < lines.size()) {
      // A run: consecutive aligned fields at the same column (a bullet's text starts two columns
      // later).
      int col = column(lines.get(i));
      int j = i;
      int width = 0;
      while (j < lines.size() && lines.get(j).aligned() && column(lines.get(j)) == col) {
        width = Math.max(width, lines.get(j).label().length());
        j++;
      }
      if (j == i) {
        j = i + 1;
      }
      for (int k = i; k < j; k++) {
        Line l = lines.get(k);
        StringBuilder line = new StringBuilder(" ".repeat(l.indent()));
        if (l.bullet()) {
          line.append("- ");
        }
        line.append(l.label());
        if (!l.value().isEmpty()) {
          line.append(" ".repeat(Math.max(1, width - l.label().length() + 1))).append(l.value());
        }
        sb.append(line.toString().stripTrailing()).append('\n');
      }
      i = j;
    }
    return sb.toString();
  }

  private static int column(Line l) {
    return l.indent() + (l.bullet() ? 2 : 0);
  }
}
