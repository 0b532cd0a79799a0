package dev.hzone.api;

import dev.hzone.api.schema.ZonesApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Finds the Retrofit interface method that serves an OpenAPI operation, by HTTP method and path.
 */
final class Retrofits {
  private Retrofits() {}

  /** Every {@code *Api} interface of the schema package. */
  static List<Class<?>> interfaces() {
    try {
      Path root =
          Path.of(ZonesApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<Class<?>> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(root.resolve("dev/hzone/api/schema"))) {
        for (Path f : files.toList()) {
          String n = f.getFileName().toString();
          if (n.endsWith("Api.class")) {
            out.add(Class.forName("dev.hzone.api.schema." + n.substring(0, n.length() - 6)));
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The interface method for {@code method path}, preferring literal segments over {@code
   * {resource}}.
   */
  static Method find(List<Class<?>> apis, String method, String path) {
    Method best = null;
    int bestScore = -1;
    String[] want = path.substring(1).split("/");
    for (Class<?> api : apis) {
      for (Method m : api.getMethods()) {
        String template = template(m, method);
        if (template == null) {
          continue;
        }
        String[] have = template.split("/");
        int score = match(want, have);
        if (score > bestScore) {
          best = m;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Literal segments that matched, or -1 when the template does not fit. */
  private static int match(String[] want, String[] have) {
    if (want.length != have.length) {
      return -1;
    }
    int score = 0;
    for (int i = 0; i < want.length; i++) {
      boolean wantParam = want[i].startsWith("{");
      boolean haveParam = have[i].startsWith("{");
      if (wantParam && haveParam) {
        continue;
      }
      if (!wantParam && haveParam && have[i].equals("{resource}")) {
        continue;
      }
      if (wantParam || haveParam || !want[i].equals(have[i])) {
        return -1;
      }
      score++;
    }
    return score;
  }

  static String template(Method m, String method) {
    for (Annotation a : m.getAnnotations()) {
      if (a instanceof GET g && method.equals("GET")) {
        return g.value();
      }
      if (a instanceof POST p && method.equals("POST")) {
        return p.value();
      }
      if (a instanceof PUT p && method.equals("PUT")) {
        return p.value();
      }
      if (a instanceof DELETE d && method.equals("DELETE")) {
        return d.value();
      }
    }
    return null;
  }
}
