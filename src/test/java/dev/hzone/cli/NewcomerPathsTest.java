package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.hzone.cli.framework.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets first (issue 15): version and help, the documented walk-through, global
 * options.
 */
class NewcomerPathsTest {
  @TempDir Path dir;

  private static final Map<String, String> NO_API =
      Map.of("HCLOUD_TOKEN", "x".repeat(64), "HCLOUD_ENDPOINT", "http://127.0.0.1:9/v1");

  @Test
  void versionFlagPrintsTheVersion() {
    CliRun r = CliRun.run(dir, NO_API, "--version");
    assertEquals(0, r.code(), r.transcript());
    assertEquals("hzone " + Version.current() + "\n", r.out(), r.transcript());
    assertEquals(r.out(), CliRun.run(dir, NO_API, "version").out());
  }

  @Test
  void helpWithoutACommandIsTheOverview() {
    CliRun r = CliRun.run(dir, NO_API, "help");
    assertEquals(0, r.code(), r.transcript());
    assertEquals(CliRun.run(dir, NO_API, "--help").out(), r.out());
    assertTrue(r.out().startsWith("Usage: hzone"), r.transcript());
    assertFalse(r.err().contains("did you mean"), r.transcript());
  }

  @Test
  void helpOfACommandOrVerbIsItsHelp() {
    for (List<String> words : List.of(List.of("plan"), List.of("zone"), List.of("record", "add"))) {
      List<String> help = new ArrayList<>(List.of("help"));
      help.addAll(words);
      List<String> flag = new ArrayList<>(words);
      flag.add("--help");
      CliRun viaHelp = CliRun.run(dir, NO_API, help.toArray(String[]::new));
      CliRun viaFlag = CliRun.run(dir, NO_API, flag.toArray(String[]::new));
      assertEquals(0, viaHelp.code(), viaHelp.transcript());
      assertEquals(viaFlag.out(), viaHelp.out(), String.join(" ", words));
      assertTrue(
          viaHelp.out().startsWith("Usage: hzone " + String.join(" ", words)),
          viaHelp.transcript());
    }
    CliRun unknown = CliRun.run(dir, NO_API, "help", "zonee");
    assertEquals(64, unknown.code(), unknown.transcript());
    assertTrue(unknown.err().contains("did you mean 'zone'"), unknown.transcript());
  }

  @Test
  void outputOptionWorksAfterTheCommandForPlanToo() throws Exception {
    try (EmulatorFixture api = new EmulatorFixture(dir)) {
      Files.createDirectories(dir.resolve("zones"));
      Files.writeString(
          dir.resolve("zones/example.com.zone"), "$ORIGIN example.com.\nwww 300 IN A 192.0.2.1\n");
      CliRun after = api.hzone("plan", "--create-zones", "-o", "json", "zones/");
      CliRun before = api.hzone("-o", "json", "plan", "--create-zones", "zones/");
      assertEquals(0, after.code(), after.transcript());
      assertEquals(
          "hzone-plan",
          JsonParser.parseString(after.out()).getAsJsonObject().get("format").getAsString(),
          after.transcript());
      assertEquals(before.out(), after.out());
      CliRun verbose = api.hzone("zone", "list", "--verbose");
      assertEquals(0, verbose.code(), verbose.transcript());
      assertTrue(verbose.err().contains("GET "), verbose.transcript());
    }
  }

  @Test
  void theZonesAndRecordsWalkThroughRunsTopToBottom() throws Exception {
    List<String> block = readmeBlockWith("hzone record set-comment");
    try (EmulatorFixture api = new EmulatorFixture(dir)) {
      for (String line : block) {
        List<String> words = ShellWords.split(line);
        int redirect = words.indexOf(">");
        List<String> args = redirect < 0 ? words : words.subList(0, redirect);
        CliRun r = api.hzone(args.subList(1, args.size()).toArray(String[]::new));
        assertEquals(0, r.code(), line + "\n" + r.transcript());
        if (redirect >= 0) {
          Files.writeString(dir.resolve(words.get(redirect + 1)), r.out());
        }
      }
    }
  }

  @Test
  void anEditedPlanExitsAsTheReadmeSays() throws Exception {
    Files.writeString(
        dir.resolve("plan.json"),
        "{\"format\": \"hzone-plan\", \"version\": 1, \"zones\": [], "
            + "\"checksum\": \"sha256:00\"}");
    CliRun r = CliRun.run(dir, NO_API, "apply", "plan.json");
    assertEquals(65, r.code(), r.transcript());
    // The saved-plan rules moved from the README to 'hzone help sync'.
    String readme = HelpTopics.text("sync").orElseThrow().replaceAll("\\s+", " ");
    // A damaged file (its checksum wrong) is bad input; an edited one with a recomputed checksum is
    // refused as
    // differing from the plan made again at apply time (ForgedPlanTest).
    int damaged = readme.indexOf("`checksum` only detects damage");
    assertTrue(
        damaged > 0 && readme.substring(damaged, damaged + 60).contains("exit 65"),
        "hzone help sync says what a damaged plan exits with");
    int edited = readme.indexOf("differs from the saved one");
    assertTrue(
        edited > 0 && readme.substring(Math.max(0, edited - 200), edited).contains("exit 1"),
        "hzone help sync says what an edited plan exits with");
  }

  /**
   * The commands (comments and continuation-free lines) of the README's first sh block containing
   * {@code marker}.
   */
  static List<String> readmeBlockWith(String marker) throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf(marker);
    assertTrue(at > 0, "README.md shows " + marker);
    int start = readme.lastIndexOf("```sh\n", at) + 6;
    int end = readme.indexOf("```", at);
    List<String> lines = new ArrayList<>();
    for (String line : readme.substring(start, end).split("\n")) {
      String cmd = ShellWords.stripComment(line).strip();
      if (!cmd.isEmpty()) {
        lines.add(cmd);
      }
    }
    return lines;
  }
}
