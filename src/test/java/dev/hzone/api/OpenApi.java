package dev.hzone.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.testing.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The official OpenAPI document, read in place from ../shared (never copied into the repo). */
final class OpenApi {
  private static JsonObject document;

  private OpenApi() {}

  /** The parsed document (read once per test JVM). */
  static synchronized JsonObject document() {
    if (document == null) {
      try {
        document =
            JsonParser.parseString(
                    Files.readString(
                        Shared.file("hetzner-api/openapi.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return document;
  }

  /** One operation of the document. */
  record Operation(String method, String path, String id, boolean deprecated, JsonObject json) {
    /** The named example of the request body. */
    JsonElement requestExample(String name) {
      return json.getAsJsonObject("requestBody")
          .getAsJsonObject("content")
          .getAsJsonObject("application/json")
          .getAsJsonObject("examples")
          .getAsJsonObject(name)
          .get("value");
    }
  }

  /** Every operation, in document order. */
  static List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, JsonElement> p : document().getAsJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonElement> m : p.getValue().getAsJsonObject().entrySet()) {
        if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
          continue;
        }
        JsonObject op = m.getValue().getAsJsonObject();
        out.add(
            new Operation(
                m.getKey().toUpperCase(java.util.Locale.ROOT),
                p.getKey(),
                op.get("operationId").getAsString(),
                op.has("deprecated") && op.get("deprecated").getAsBoolean(),
                op));
      }
    }
    return out;
  }

  /** The operation with this id. */
  static Operation operation(String id) {
    return operations().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + id + " in openapi.json"));
  }

  /** The request example called {@code name} of operation {@code id}. */
  static JsonElement requestExample(String id, String name) {
    return operation(id).requestExample(name);
  }
}
