package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.api.schema.Json;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.Path;

/**
 * For every operation with a response example in openapi.json: MockWebServer serves the example,
 * the client's Retrofit interface reads it into the model, and the model written back holds every
 * field of the example.
 */
class SpecExamplesTest {
  static final Gson WRITER = Json.gson().newBuilder().serializeNulls().create();
  static final OkHttpClient HTTP = new OkHttpClient();

  /** The response examples of an operation: status, name, JSON. */
  record Example(OpenApi.Operation op, String status, String name, JsonElement json) {}

  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (OpenApi.Operation op : OpenApi.operations()) {
      for (Map.Entry<String, JsonElement> r : op.json().getAsJsonObject("responses").entrySet()) {
        JsonObject content = r.getValue().getAsJsonObject().getAsJsonObject("content");
        if (!r.getKey().startsWith("2") || content == null) {
          continue;
        }
        JsonObject json = content.getAsJsonObject("application/json");
        if (json.has("examples")) {
          for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("examples").entrySet()) {
            out.add(
                new Example(
                    op, r.getKey(), e.getKey(), e.getValue().getAsJsonObject().get("value")));
          }
        }
        if (json.has("example")) {
          out.add(new Example(op, r.getKey(), "example", json.get("example")));
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyResponseExampleSurvivesTheModel() {
    List<Class<?>> apis = Retrofits.interfaces();
    List<Example> examples = examples();
    assertTrue(examples.size() >= 110, "examples found: " + examples.size());
    return examples.stream()
        .map(
            ex ->
                DynamicTest.dynamicTest(
                    ex.op().id() + " " + ex.name(),
                    () -> {
                      Method m = Retrofits.find(apis, ex.op().method(), ex.op().path());
                      assertNotNull(
                          m, "no Retrofit method for " + ex.op().method() + " " + ex.op().path());
                      Object[] args = arguments(m, ex.op());
                      Response<?> response;
                      try (MockWebServer server = new MockWebServer()) {
                        server.enqueue(
                            new MockResponse()
                                .setResponseCode(Integer.parseInt(ex.status()))
                                .setHeader("Content-Type", "application/json")
                                .setBody(ex.json().toString()));
                        Retrofit retrofit =
                            new Retrofit.Builder()
                                .baseUrl(server.url("/v1/"))
                                .client(HTTP)
                                .addConverterFactory(GsonConverterFactory.create(Json.gson()))
                                .build();
                        Call<?> call =
                            (Call<?>) m.invoke(retrofit.create(m.getDeclaringClass()), args);
                        response = call.execute();
                        assertEquals(ex.op().method(), server.takeRequest().getMethod());
                      }
                      assertNotNull(response.body(), "no body read for " + ex.op().id());
                      JsonElement written = WRITER.toJsonTree(response.body());
                      List<String> diff = JsonRoundTrip.differences(ex.json(), written);
                      assertEquals(
                          List.of(),
                          diff,
                          ex.op().id()
                              + " read into "
                              + response.body().getClass().getSimpleName());
                    }));
  }

  /**
   * Where the spec has no example, and for completeness everywhere: an answer with every field the
   * schema describes must survive the model, so no documented field is missing from it.
   */
  @TestFactory
  Stream<DynamicTest> everyDocumentedResponseFieldSurvivesTheModel() {
    List<Class<?>> apis = Retrofits.interfaces();
    List<DynamicTest> tests = new ArrayList<>();
    for (OpenApi.Operation op : OpenApi.operations()) {
      for (Map.Entry<String, JsonElement> r : op.json().getAsJsonObject("responses").entrySet()) {
        JsonObject content = r.getValue().getAsJsonObject().getAsJsonObject("content");
        if (!r.getKey().startsWith("2") || content == null) {
          continue;
        }
        JsonElement full =
            SchemaSamples.full(
                content.getAsJsonObject("application/json").getAsJsonObject("schema"));
        Method m = Retrofits.find(apis, op.method(), op.path());
        tests.add(
            DynamicTest.dynamicTest(
                op.id(),
                () -> {
                  Object read = Json.gson().fromJson(full, bodyType(m));
                  List<String> diff = JsonRoundTrip.differences(full, WRITER.toJsonTree(read));
                  assertEquals(
                      List.of(), diff, op.id() + " read into " + read.getClass().getSimpleName());
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyRequestExampleSurvivesTheOptions() {
    List<Class<?>> apis = Retrofits.interfaces();
    List<DynamicTest> tests = new ArrayList<>();
    for (OpenApi.Operation op : OpenApi.operations()) {
      JsonObject body = op.json().getAsJsonObject("requestBody");
      JsonObject json =
          body == null ? null : body.getAsJsonObject("content").getAsJsonObject("application/json");
      if (json == null || !json.has("examples")) {
        continue;
      }
      for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("examples").entrySet()) {
        tests.add(
            DynamicTest.dynamicTest(
                op.id() + " " + e.getKey(),
                () -> {
                  Method m = Retrofits.find(apis, op.method(), op.path());
                  Type type = null;
                  for (int i = 0; i < m.getParameterCount(); i++) {
                    for (Annotation a : m.getParameterAnnotations()[i]) {
                      if (a instanceof Body) {
                        type = m.getGenericParameterTypes()[i];
                      }
                    }
                  }
                  assertNotNull(type, "no body parameter on " + m);
                  JsonElement example = e.getValue().getAsJsonObject().get("value");
                  Object options = Json.gson().fromJson(example, type);
                  JsonElement sent = Json.gson().toJsonTree(options);
                  assertEquals(
                      List.of(),
                      JsonRoundTrip.differences(example, sent),
                      op.id() + " as " + type.getTypeName());
                }));
      }
    }
    assertTrue(tests.size() >= 10, "request examples: " + tests.size());
    return tests.stream();
  }

  /** Arguments for a Retrofit method: ids for path parameters, a minimal valid body, no query. */
  static Object[] arguments(Method m, OpenApi.Operation op) {
    Object[] args = new Object[m.getParameterCount()];
    Annotation[][] annotations = m.getParameterAnnotations();
    Type[] types = m.getGenericParameterTypes();
    for (int i = 0; i < args.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof Path p) {
          args[i] =
              p.value().equals("resource")
                  ? op.path().substring(1).split("/")[0]
                  : types[i] == long.class ? (Object) 42L : "42";
        } else if (a instanceof Body) {
          JsonObject schema =
              op.json()
                  .getAsJsonObject("requestBody")
                  .getAsJsonObject("content")
                  .getAsJsonObject("application/json")
                  .getAsJsonObject("schema");
          args[i] = Json.gson().fromJson(SchemaSamples.sample(schema), types[i]);
        }
      }
    }
    return args;
  }

  static Type bodyType(Method m) {
    return ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
  }
}
