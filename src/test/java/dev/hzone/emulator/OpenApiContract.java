package dev.hzone.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hzone.testing.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API contract of ../shared/hetzner-api/openapi.json, used to check every answer the emulator
 * gives in tests: the operation is found by method and path template, the response by status
 * ({@code 201}, or the {@code 4xx}/{@code 5xx} ranges), and the body validated against that schema
 * as JSON Schema 2020-12 (what OpenAPI 3.1 uses), with {@code $ref}s resolved inside the document
 * and formats asserted.
 */
final class OpenApiContract {
  private static final String BASE = "https://hzone.test/openapi.json";
  private static volatile OpenApiContract instance;

  private final JsonNode spec;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final AtomicInteger validated = new AtomicInteger();

  private OpenApiContract(String text) throws IOException {
    this.spec = new ObjectMapper().readTree(text);
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b -> b.schemaLoaders(l -> l.schemas(Map.of(BASE, text))));
    this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  }

  /** The contract, read once per test run. */
  static OpenApiContract get() {
    OpenApiContract c = instance;
    if (c == null) {
      synchronized (OpenApiContract.class) {
        c = instance;
        if (c == null) {
          try {
            c = new OpenApiContract(Files.readString(Shared.file("hetzner-api/openapi.json")));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          instance = c;
        }
      }
    }
    return c;
  }

  /** How many answers have been validated so far. */
  int validatedCount() {
    return validated.get();
  }

  /**
   * Checks one answer.
   *
   * @param path the request path, e.g. {@code /v1/zones/example.com/rrsets/@/A} (no query)
   * @throws AssertionError naming the operation and every schema violation
   */
  void check(String method, String path, int status, String body) {
    String p = path.startsWith("/v1") ? path.substring(3) : path;
    Optional<String> template = template(method, p);
    String tpl = template.orElse(null);
    String pointer;
    if (tpl == null) {
      // A path the API does not have: its answer must still be the API's error shape.
      if (status < 400) {
        throw new AssertionError(
            method + " " + path + " answered " + status + " but is not in the API");
      }
      tpl = "/zones";
      method = "GET";
    }
    JsonNode responses = spec.path("paths").path(tpl).path(method.toLowerCase()).path("responses");
    String key =
        responses.has(Integer.toString(status)) ? Integer.toString(status) : (status / 100) + "xx";
    if (!responses.has(key)) {
      throw new AssertionError(
          method
              + " "
              + tpl
              + " documents no response "
              + status
              + " (has "
              + fieldNames(responses)
              + ")");
    }
    JsonNode content = responses.path(key).path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      if (!body.isEmpty()) {
        throw new AssertionError(
            method + " " + tpl + " " + status + " must have no body, got: " + body);
      }
      validated.incrementAndGet();
      return;
    }
    pointer =
        "#/paths/"
            + escape(tpl)
            + "/"
            + method.toLowerCase()
            + "/responses/"
            + key
            + "/content/application~1json/schema";
    JsonSchema schema =
        schemas.computeIfAbsent(
            pointer, ptr -> factory.getSchema(SchemaLocation.of(BASE + ptr), config));
    Set<ValidationMessage> errors;
    try {
      errors = schema.validate(new ObjectMapper().readTree(body));
    } catch (IOException e) {
      throw new AssertionError(
          method + " " + path + " " + status + ": body is not JSON: " + body, e);
    }
    if (!errors.isEmpty()) {
      List<String> lines = new ArrayList<>();
      errors.forEach(e -> lines.add("  " + e.getMessage()));
      throw new AssertionError(
          method
              + " "
              + path
              + " "
              + status
              + " does not match "
              + tpl
              + " in openapi.json:\n"
              + String.join("\n", lines)
              + "\nbody: "
              + body);
    }
    validated.incrementAndGet();
  }

  private static String escape(String template) {
    return template.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }

  private static String fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out.toString();
  }

  /** The spec's path template for a concrete path: literal segments win over parameters. */
  private Optional<String> template(String method, String path) {
    String[] segs = path.split("/", -1);
    String best = null;
    int bestScore = -1;
    Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().has(method.toLowerCase())) {
        continue;
      }
      String[] t = e.getKey().split("/", -1);
      if (t.length != segs.length) {
        continue;
      }
      int score = 0;
      boolean ok = true;
      for (int i = 0; i < t.length && ok; i++) {
        if (t[i].startsWith("{")) {
          ok = !segs[i].isEmpty();
        } else if (t[i].equals(segs[i])) {
          score++;
        } else {
          ok = false;
        }
      }
      if (ok && score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
