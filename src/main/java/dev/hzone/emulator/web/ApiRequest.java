package dev.hzone.emulator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API request as a handler sees it.
 *
 * @param method HTTP method, upper case
 * @param path the request path as received, e.g. {@code /v1/zones/example.com}
 * @param params path parameters of the matched route, decoded ({@code {id_or_name}} and so on)
 * @param query the query string
 * @param body the request body text ({@code ""} when there is none)
 * @param origin scheme, host and port the client used, for absolute links
 * @param actionFails whether fault injection decided that the action this request starts ends in
 *     error
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> params,
    Query query,
    String body,
    String origin,
    boolean actionFails) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    params = Map.copyOf(params);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(origin, "origin");
  }

  /** A path parameter of the route. */
  public String param(String name) {
    String v = params.get(name);
    if (v == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return v;
  }

  /**
   * A numeric path parameter; anything else is {@code not_found}, as no resource can have that ID.
   */
  public long idParam(String name, String what) {
    String v = param(name);
    try {
      long id = Long.parseLong(v);
      if (id >= 1) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw ApiError.notFound(what + " with ID '" + v + "' not found");
  }

  /** The parsed JSON body. */
  public Body json() {
    return Body.parse(body);
  }

  /**
   * This request's absolute URL with {@code page} and {@code per_page} set, for {@code Link}
   * headers.
   */
  public String urlWithPage(long page, long perPage) {
    List<String> parts = new ArrayList<>();
    for (String p : query.raw().split("&")) {
      if (p.isEmpty() || p.startsWith("page=") || p.startsWith("per_page=")) {
        continue;
      }
      parts.add(p);
    }
    parts.add("page=" + page);
    parts.add("per_page=" + perPage);
    return origin + path + "?" + String.join("&", parts);
  }
}
