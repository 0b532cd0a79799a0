package dev.hzone.emulator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a method and path; literal segments take precedence over parameters. */
public final class Router {
  private final List<Route> routes = new ArrayList<>();

  /** Adds a route; returns this router. */
  public Router add(String method, String template, Route.Handler handler) {
    routes.add(new Route(method, template, handler));
    return this;
  }

  /** What a path resolves to: a route and its parameters, or the methods the path has. */
  public record Resolution(
      Optional<Route> route, Map<String, String> params, List<String> allowedMethods) {}

  /** Resolves {@code path} relative to {@code /v1} (e.g. {@code /zones/42}). */
  public Resolution resolve(String method, String path) {
    List<String> segs = Route.split(path);
    Route best = null;
    Map<String, String> bestParams = Map.of();
    List<String> methods = new ArrayList<>();
    int bestScore = -1;
    int pathScore = -1;
    List<Route> pathMatches = new ArrayList<>();
    for (Route r : routes) {
      Optional<Map<String, String>> m = r.match(segs);
      if (m.isEmpty()) {
        continue;
      }
      int score = r.literalCount();
      if (score > pathScore) {
        pathScore = score;
        pathMatches.clear();
      }
      if (score == pathScore) {
        pathMatches.add(r);
      }
    }
    for (Route r : pathMatches) {
      methods.add(r.method());
      if (r.method().equals(method) && r.literalCount() > bestScore) {
        best = r;
        bestScore = r.literalCount();
        bestParams = r.match(segs).orElseThrow();
      }
    }
    return new Resolution(Optional.ofNullable(best), bestParams, methods);
  }
}
