package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.api.gen.ApiGenerator;
import dev.hzone.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed generated sources are exactly what {@link ApiGenerator} makes of the current
 * openapi.json, so that neither a change of the generator nor a new openapi.json can be forgotten.
 */
class GeneratedSourcesTest {
  static final Path SOURCES = Path.of("src/generated/java");

  @Test
  void generatedSourcesAreCurrent() throws Exception {
    JsonObject spec =
        JsonParser.parseString(
                Files.readString(Shared.file("hetzner-api/openapi.json"), StandardCharsets.UTF_8))
            .getAsJsonObject();
    Map<String, String> files = ApiGenerator.generate(spec);
    assertTrue(files.size() > 150, "generated " + files.size() + " files");
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path f = SOURCES.resolve(e.getKey());
      if (!Files.exists(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
        stale.add(e.getKey());
      }
    }
    for (String pkg : List.of("dev/hzone/api", "dev/hzone/api/cloud", "dev/hzone/api/schema")) {
      try (Stream<Path> s = Files.list(SOURCES.resolve(pkg))) {
        for (Path f : s.filter(Files::isRegularFile).toList()) {
          String rel = SOURCES.relativize(f).toString().replace('\\', '/');
          if (ApiGenerator.isGenerated(f) && !files.containsKey(rel)) {
            stale.add(rel + " (no longer generated)");
          }
        }
      }
    }
    assertEquals(List.of(), stale, "run ApiGenerator (see its Javadoc) and commit the result");
  }
}
