package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command and verb of the command table answers {@code --help} with its usage, options and an
 * example.
 */
class CommandHelpTest {
  @TempDir Path dir;

  static Stream<Arguments> forms() {
    List<Arguments> out = new ArrayList<>();
    for (Command c : Commands.all()) {
      if (c.verbs().isEmpty()) {
        out.add(Arguments.of(List.of(c.name())));
      }
      for (String v : c.verbs()) {
        out.add(Arguments.of(List.of(c.name(), v)));
      }
      if (c instanceof CommandGroup g) {
        for (CommandGroup nested : g.groups()) {
          for (String v : nested.verbs()) {
            List<String> words = new ArrayList<>(List.of(nested.path().split(" ")));
            words.add(v);
            out.add(Arguments.of(words));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "hzone {0} --help")
  @MethodSource("forms")
  void answersHelpWithAnExample(List<String> words) {
    List<String> args = new ArrayList<>(words);
    args.add("--help");
    CliRun r = CliRun.run(dir, Map.of(), args.toArray(String[]::new));
    assertEquals(0, r.code(), r.transcript());
    assertTrue(r.out().startsWith("Usage: hzone " + String.join(" ", words)), r.out());
    assertTrue(r.out().contains("Examples:\n  "), "no example in\n" + r.out());
    assertTrue(
        r.out().contains("hzone " + String.join(" ", words)) || r.out().contains("hzone"), r.out());
  }
}
