package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hzone help TOPIC}: every topic listed has its text, and every topic the docs name exists.
 */
class HelpTopicsTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run hzone(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            dir);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyListedTopicPrintsItsTextAndTheOverviewListsThem() {
    Run overview = hzone("--help");
    assertEquals(0, overview.code());
    assertTrue(overview.out().contains("Help topics (hzone help TOPIC):"), overview.out());
    for (HelpTopics.Topic t : HelpTopics.all()) {
      assertFalse(
          new Main(Commands.all()).commands().containsKey(t.name()),
          "topic "
              + t.name()
              + " has a command's name: 'hzone help "
              + t.name()
              + "' shows the command");
      assertTrue(overview.out().contains(t.name()), t.name());
      Run r = hzone("help", t.name());
      assertEquals(0, r.code(), t.name() + ": " + r.err());
      assertTrue(r.out().length() > 200, t.name() + " has hardly any text: " + r.out());
      assertEquals(HelpTopics.text(t.name()).orElseThrow(), r.out());
    }
  }

  @Test
  void theReadmeTestsMarkersAreNotShown() {
    String cloud = hzone("help", "cloud").out();
    assertTrue(cloud.contains("hzone metadata public-ipv4"), cloud);
    assertFalse(
        cloud.contains("<!--"),
        "ReadmeIT's not-run marker of the metadata example is for the test only");
  }

  @Test
  void theTopicFilesAreExactlyTheListedOnes() throws Exception {
    Path helpDir = Path.of("src/main/resources/dev/hzone/cli/help");
    Set<String> files;
    try (Stream<Path> s = Files.list(helpDir)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("topics.txt"))
              .map(n -> n.replaceFirst("\\.txt$", ""))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        HelpTopics.all().stream()
            .map(HelpTopics.Topic::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(listed, files);
  }

  @Test
  void everyHelpTopicTheReadmeAndSamplesNameExists() throws Exception {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("SECURITY.md")));
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      s.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
    }
    Pattern named = Pattern.compile("hzone help ([a-z][a-z-]*)");
    List<String> missing = new ArrayList<>();
    int seen = 0;
    for (Path d : docs) {
      Matcher m = named.matcher(Files.readString(d));
      while (m.find()) {
        String word = m.group(1);
        seen++;
        boolean command = new Main(Commands.all()).commands().containsKey(word);
        if (!command && HelpTopics.text(word).isEmpty()) {
          missing.add(d + ": hzone help " + word);
        }
      }
    }
    assertTrue(seen > 5, "the README points to its help topics");
    assertTrue(missing.isEmpty(), "no such help topic: " + missing);
  }

  @Test
  void anUnknownTopicIsNotPrintedAsOne() {
    assertFalse(HelpTopics.text("no-such-topic").isPresent());
    assertFalse(HelpTopics.text("../topics").isPresent());
  }
}
