package dev.hzone.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference pages of {@code hzone help TOPIC}. They hold what the README leaves out so that it
 * stays a guide: every option, every rule, every number. The text ships in the jar ({@code
 * help/NAME.txt}), listed with a summary in {@code help/topics.txt}.
 */
final class HelpTopics {
  private static final String DIR = "help/";

  private HelpTopics() {}

  /** One topic: its name and a one-line summary. */
  record Topic(String name, String summary) {}

  /** Every topic, in the order {@code hzone help} lists them. */
  static List<Topic> all() {
    List<Topic> out = new ArrayList<>();
    for (String line :
        read("topics.txt")
            .orElseThrow(() -> new IllegalStateException("help/topics.txt is missing from the jar"))
            .split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      out.add(new Topic(line.substring(0, tab), line.substring(tab + 1).trim()));
    }
    return out;
  }

  /** The text of a topic, if there is one by that name. */
  static Optional<String> text(String name) {
    if (all().stream().noneMatch(t -> t.name().equals(name))) {
      return Optional.empty();
    }
    // A topic's examples run in ReadmeIT; its markers for that test (<!-- not-run: ... -->) are not
    // for readers.
    return read(name + ".txt").map(t -> t.replaceAll("(?m)^<!-- (not-run|exit):.*-->\n", ""));
  }

  /** Prints the topic list, as the end of {@code hzone help}. */
  static void printList(PrintStream out) {
    List<Topic> topics = all();
    int width = topics.stream().mapToInt(t -> t.name().length()).max().orElse(0);
    out.println("Help topics (hzone help TOPIC):");
    for (Topic t : topics) {
      out.printf("  %-" + width + "s   %s%n", t.name(), t.summary());
    }
  }

  private static Optional<String> read(String file) {
    try (InputStream in = HelpTopics.class.getResourceAsStream(DIR + file)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
