package dev.hzone.emulator.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method and path template such as {@code GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}},
 * relative to {@code /v1}, with the handler that answers it.
 *
 * @param method HTTP method
 * @param template path template, segments in braces are parameters
 * @param handler what answers
 */
public record Route(String method, String template, Handler handler) {

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    ApiResponse handle(ApiRequest request);
  }

  List<String> segments() {
    return split(template);
  }

  /**
   * Number of literal segments: more literal routes win over parameter ones ({@code
   * /zones/actions}).
   */
  int literalCount() {
    int n = 0;
    for (String s : segments()) {
      if (!s.startsWith("{")) {
        n++;
      }
    }
    return n;
  }

  /** The parameters when {@code path} (relative to {@code /v1}) fits this template. */
  Optional<Map<String, String>> match(List<String> pathSegments) {
    List<String> t = segments();
    if (t.size() != pathSegments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      String ts = t.get(i);
      String ps = pathSegments.get(i);
      if (ts.startsWith("{")) {
        if (ps.isEmpty()) {
          return Optional.empty();
        }
        params.put(ts.substring(1, ts.length() - 1), decode(ps));
      } else if (!ts.equals(ps)) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? List.of() : List.of(p.split("/", -1));
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
