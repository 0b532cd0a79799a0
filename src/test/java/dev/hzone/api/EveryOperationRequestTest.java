package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.api.schema.Json;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calls every public client method once against MockWebServer (with the operation's response
 * example, or the smallest answer its schema allows) and checks that exactly one request went out,
 * with the operation's HTTP method and path. The per-family tests check query and body in detail.
 */
class EveryOperationRequestTest {

  record Call(Class<?> client, Method method, OpenApi.Operation op) {}

  static List<Call> calls() {
    List<Call> out = new ArrayList<>();
    for (Class<?> c : OperationCoverageTest.subClients()) {
      for (Method m : c.getMethods()) {
        ApiOperation a = m.getAnnotation(ApiOperation.class);
        if (a != null) {
          out.add(new Call(c, m, OpenApi.operation(a.value()[0])));
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyClientMethodSendsItsOperation() throws Exception {
    List<Call> calls = calls();
    assertTrue(calls.size() > 200, "client methods: " + calls.size());
    return calls.stream()
        .map(
            call ->
                DynamicTest.dynamicTest(
                    call.client().getSimpleName()
                        + "."
                        + call.method().getName()
                        + " "
                        + call.op().id(),
                    () -> {
                      try (MockApi api = new MockApi()) {
                        api.enqueue(answer(call.op()));
                        Object client =
                            HcloudClient.class
                                .getMethod(accessor(call.client()))
                                .invoke(api.client);
                        Object result = call.method().invoke(client, arguments(call));
                        if (result instanceof Iterator<?> it) {
                          it.hasNext();
                        }
                        RecordedRequest r = api.take();
                        assertEquals(call.op().method(), r.getMethod());
                        assertPath(call.op().path(), r.getRequestUrl().encodedPath());
                        assertEquals(1, api.requestCount(), "one request");
                      }
                    }));
  }

  private static String accessor(Class<?> client) {
    for (Method m : HcloudClient.class.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType() == client) {
        return m.getName();
      }
    }
    throw new AssertionError("no accessor for " + client);
  }

  /** Literal segments must be equal; parameters ({@code {id}}) any non-empty segment. */
  static void assertPath(String template, String actual) {
    String[] want = ("/v1" + template).split("/");
    String[] got = actual.split("/");
    assertEquals(want.length, got.length, actual + " for " + template);
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{")) {
        assertTrue(!got[i].isEmpty(), actual + " for " + template);
      } else {
        assertEquals(want[i], got[i], actual + " for " + template);
      }
    }
  }

  /** The operation's example answer, or the smallest its schema allows. */
  static MockResponse answer(OpenApi.Operation op) {
    for (Map.Entry<String, JsonElement> r : op.json().getAsJsonObject("responses").entrySet()) {
      if (!r.getKey().startsWith("2")) {
        continue;
      }
      MockResponse m = new MockResponse().setResponseCode(Integer.parseInt(r.getKey()));
      JsonObject content = r.getValue().getAsJsonObject().getAsJsonObject("content");
      if (content == null) {
        return m;
      }
      JsonObject json = content.getAsJsonObject("application/json");
      JsonElement body =
          json.has("examples")
              ? json.getAsJsonObject("examples")
                  .entrySet()
                  .iterator()
                  .next()
                  .getValue()
                  .getAsJsonObject()
                  .get("value")
              : SchemaSamples.sample(json.getAsJsonObject("schema"));
      return m.setHeader("Content-Type", "application/json").setBody(body.toString());
    }
    throw new AssertionError("no 2xx answer for " + op.id());
  }

  static Object[] arguments(Call call) throws Exception {
    Type[] types = call.method().getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = value(types[i], call.op());
    }
    return args;
  }

  private static Object value(Type type, OpenApi.Operation op) throws Exception {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == long.class) {
      return 42L;
    }
    if (raw == int.class) {
      return 60; // a valid TTL, page and page size alike
    }
    if (raw == double.class) {
      return 100.0;
    }
    if (raw == boolean.class) {
      return true;
    }
    if (raw == String.class) {
      return "example.com";
    }
    if (raw == RrsetKey.class) {
      return RrsetKey.of("www", RecordType.A);
    }
    if (raw == OptionalInt.class) {
      return OptionalInt.empty();
    }
    if (raw == Map.class) {
      return Map.of("k", "v");
    }
    if (raw == Rrset.class) {
      return Rrset.of(
          RrsetKey.of("www", RecordType.A),
          OptionalInt.empty(),
          List.of(RecordValue.of("192.0.2.1")));
    }
    if (raw == Zone.class) {
      return new Zone(
          4711, "example.com", null, ZoneMode.PRIMARY, null, null, null, 3600, null, 0, null, null);
    }
    if (raw == ZoneCreateOptions.class) {
      return ZoneCreateOptions.primary("example.com");
    }
    if (raw == List.class || raw == Collection.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (item == RecordValue.class) {
        return List.of(RecordValue.of("192.0.2.1"));
      }
      if (item == PrimaryNameserver.class) {
        return List.of(PrimaryNameserver.of("192.0.2.1", 53));
      }
      if (item == Long.class) {
        return List.of(1L);
      }
    }
    for (Field f : raw.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == raw && f.getName().equals("ALL")) {
        return f.get(null);
      }
    }
    if (raw.isRecord() && raw.getPackageName().equals("dev.hzone.api.cloud")) {
      if (raw.getSimpleName().endsWith("Options") && !op.json().has("requestBody")) {
        // Query options with required parameters (metrics): type, start, end.
        Method of = raw.getMethod("of", List.class, String.class, String.class);
        return of.invoke(null, List.of("cpu"), "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z");
      }
      JsonObject schema =
          op.json()
              .getAsJsonObject("requestBody")
              .getAsJsonObject("content")
              .getAsJsonObject("application/json")
              .getAsJsonObject("schema");
      return Json.gson().fromJson(SchemaSamples.sample(schema), raw);
    }
    throw new AssertionError("no test value for " + type + " in " + op.id());
  }
}
