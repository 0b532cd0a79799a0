package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emulator is the second, independent implementation of the wire format: if it used hzone's API
 * client (or the CLI), the two could share a mistake and still agree. Its sources must import
 * neither.
 */
class EmulatorIndependenceTest {
  @Test
  void importsNeitherTheApiClientNorTheCli() throws IOException {
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/hzone/emulator"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import dev.hzone.api")
              || line.startsWith("import dev.hzone.cli")
              || line.startsWith("import static dev.hzone.api")
              || line.startsWith("import static dev.hzone.cli")) {
            offending.add(f + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }
}
