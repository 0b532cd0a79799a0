package dev.hzone.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown file, with the markers the README test reads from the HTML
 * comment right above a block ({@code <!-- not-run: REASON -->}, {@code <!-- exit: N -->}) and the
 * {@code text} block that follows a {@code sh} block as its expected output.
 */
record MarkdownBlocks(List<Block> blocks) {
  private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^<!--\\s*(not-run|exit)\\s*:\\s*(.*?)\\s*-->\\s*$");

  /**
   * One fenced block.
   *
   * @param lang the info string ({@code sh}, {@code text}, empty)
   * @param line the 1-based line of its opening fence
   * @param body its lines
   * @param notRun why it is not run, when marked so
   * @param exit the exit code its last command must end with (0 unless marked)
   * @param expected the body of the {@code text} block that follows it, if any
   */
  record Block(
      String lang,
      int line,
      List<String> body,
      Optional<String> notRun,
      int exit,
      Optional<List<String>> expected) {}

  static MarkdownBlocks parse(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Block> raw = new ArrayList<>();
    String marker = null;
    String markerValue = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        marker = m.group(1);
        markerValue = m.group(2);
        continue;
      }
      Matcher f = FENCE.matcher(lines[i]);
      if (!f.matches()) {
        if (!lines[i].isBlank()) {
          marker = null;
        }
        continue;
      }
      int open = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
        body.add(lines[i]);
      }
      if (i >= lines.length) {
        throw new IllegalArgumentException("line " + (open + 1) + ": the block is never closed");
      }
      Optional<String> notRun =
          "not-run".equals(marker) ? Optional.of(markerValue) : Optional.empty();
      int exit = "exit".equals(marker) ? Integer.parseInt(markerValue) : 0;
      raw.add(new Block(f.group(1), open + 1, body, notRun, exit, Optional.empty()));
      marker = null;
    }
    // A text block directly after an sh block (blank lines between are fine) is its expected
    // output.
    List<Block> out = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      Block b = raw.get(k);
      if (b.lang().equals("sh")
          && k + 1 < raw.size()
          && raw.get(k + 1).lang().equals("text")
          && onlyBlankBetween(lines, b, raw.get(k + 1))) {
        out.add(
            new Block(
                b.lang(),
                b.line(),
                b.body(),
                b.notRun(),
                b.exit(),
                Optional.of(raw.get(k + 1).body())));
      } else {
        out.add(b);
      }
    }
    return new MarkdownBlocks(List.copyOf(out));
  }

  private static boolean onlyBlankBetween(String[] lines, Block a, Block b) {
    int afterA =
        a.line() + a.body().size() + 1; // 0-based index of the line after a's closing fence
    for (int i = afterA; i < b.line() - 1; i++) {
      if (!lines[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The commands of a shell block: lines joined where they end in a backslash; blank lines and
   * lines that are only a comment left out. Each carries the line it starts on.
   */
  static List<Command> commands(Block b) {
    List<Command> out = new ArrayList<>();
    StringBuilder cur = null;
    int start = 0;
    for (int i = 0; i < b.body().size(); i++) {
      String l = b.body().get(i);
      if (cur == null) {
        if (l.isBlank() || l.trim().startsWith("#")) {
          continue;
        }
        cur = new StringBuilder();
        start = b.line() + 1 + i;
      }
      if (l.endsWith("\\")) {
        cur.append(l, 0, l.length() - 1).append(' ');
      } else {
        cur.append(l);
        out.add(new Command(start, cur.toString()));
        cur = null;
      }
    }
    if (cur != null) {
      out.add(new Command(start, cur.toString()));
    }
    return out;
  }

  /** One command of a shell block and the Markdown line it starts on. */
  record Command(int line, String text) {}

  /**
   * Whether {@code output} shows {@code expected}: each expected line matches an output line, in
   * order, where {@code …} stands for any text and other output lines may come between.
   */
  static Optional<String> mismatch(List<String> expected, String output) {
    List<String> got = output.lines().toList();
    int at = 0;
    for (String e : expected) {
      if (e.isBlank() || e.strip().equals("…")) {
        continue;
      }
      Pattern p = pattern(e);
      while (at < got.size() && !p.matcher(got.get(at)).matches()) {
        at++;
      }
      if (at == got.size()) {
        return Optional.of("no line (in order) matches: " + e);
      }
      at++;
    }
    return Optional.empty();
  }

  private static Pattern pattern(String expected) {
    StringBuilder re = new StringBuilder();
    for (String part : expected.strip().split("…", -1)) {
      if (re.length() > 0) {
        re.append(".*");
      }
      re.append(Pattern.quote(part));
    }
    return Pattern.compile("\\s*" + re + "\\s*");
  }
}
