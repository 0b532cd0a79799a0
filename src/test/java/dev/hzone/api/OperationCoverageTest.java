package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.json has a client method, and every client method names a real
 * operation.
 */
class OperationCoverageTest {

  /**
   * The sub-clients: public no-argument methods of HcloudClient that return a {@code ...Client}.
   */
  static List<Class<?>> subClients() {
    List<Class<?>> out = new ArrayList<>();
    for (Method m : HcloudClient.class.getMethods()) {
      if (m.getParameterCount() == 0
          && m.getReturnType().getSimpleName().endsWith("Client")
          && Modifier.isPublic(m.getModifiers())) {
        out.add(m.getReturnType());
      }
    }
    return out;
  }

  /** operationId to the client methods marked with it. */
  static Map<String, List<String>> covered() {
    Map<String, List<String>> out = new TreeMap<>();
    for (Class<?> c : subClients()) {
      for (Method m : c.getMethods()) {
        ApiOperation op = m.getAnnotation(ApiOperation.class);
        if (op != null) {
          for (String id : op.value()) {
            out.computeIfAbsent(id, k -> new ArrayList<>())
                .add(c.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyOperationHasAClientMethod() {
    Map<String, List<String>> covered = covered();
    Set<String> missing = new TreeSet<>();
    for (OpenApi.Operation op : OpenApi.operations()) {
      if (!covered.containsKey(op.id())) {
        missing.add(op.id() + " (" + op.method() + " " + op.path() + ")");
      }
    }
    assertEquals(Set.of(), missing, "operations without a client method");
    assertTrue(
        OpenApi.operations().size() >= 189,
        "operations in openapi.json: " + OpenApi.operations().size());
  }

  @Test
  void everyMarkedMethodNamesARealOperation() {
    Set<String> ids = new TreeSet<>();
    OpenApi.operations().forEach(o -> ids.add(o.id()));
    Set<String> unknown = new TreeSet<>(covered().keySet());
    unknown.removeAll(ids);
    assertEquals(Set.of(), unknown, "@ApiOperation ids not in openapi.json");
  }

  @Test
  void deprecatedOperationsAreDeprecatedMethods() {
    Set<String> deprecated = new TreeSet<>();
    OpenApi.operations().stream()
        .filter(OpenApi.Operation::deprecated)
        .forEach(o -> deprecated.add(o.id()));
    for (Class<?> c : subClients()) {
      for (Method m : c.getMethods()) {
        ApiOperation op = m.getAnnotation(ApiOperation.class);
        if (op != null && deprecated.contains(op.value()[0])) {
          assertTrue(
              m.isAnnotationPresent(Deprecated.class), c.getSimpleName() + "." + m.getName());
        }
      }
    }
  }
}
