package dev.hzone.api.gen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One operation of the document, classified by the shape of its path: the generator writes one kind
 * of client method per kind.
 *
 * @param id the operationId
 * @param method GET, POST, PUT, DELETE
 * @param path e.g. {@code /servers/{id}/actions/poweron}
 * @param family the path's first segment, e.g. {@code servers}
 * @param kind what the operation does
 * @param json the operation object
 */
record Operation(String id, String method, String path, String family, Kind kind, JsonObject json) {

  /** What an operation does, from its method and path. */
  enum Kind {
    /** {@code GET /x} with pages. */
    LIST,
    /** {@code GET /x} of a single object ({@code /pricing}). */
    GET_SINGLETON,
    /** {@code GET /x/{id}}. */
    GET,
    /** {@code GET /x/{id}/sub} with query options ({@code metrics}). */
    GET_SUB,
    CREATE,
    UPDATE,
    DELETE,
    /** {@code POST /x/{id}/actions/name}. */
    ACTION,
    /** {@code GET /x/actions}. */
    LIST_TYPE_ACTIONS,
    /** {@code GET /x/actions/{id}}. */
    GET_TYPE_ACTION,
    /** {@code GET /x/{id}/actions}. */
    LIST_ACTIONS,
    /** {@code GET /x/{id}/actions/{action_id}} (deprecated by the API). */
    GET_ACTION
  }

  /** Every operation of the document, in document order. */
  static List<Operation> all(JsonObject spec) {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, JsonElement> p : spec.getAsJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonElement> m : p.getValue().getAsJsonObject().entrySet()) {
        if (!List.of("get", "post", "put", "delete").contains(m.getKey())) {
          continue;
        }
        JsonObject op = m.getValue().getAsJsonObject();
        String method = m.getKey().toUpperCase(java.util.Locale.ROOT);
        String path = p.getKey();
        String[] seg = path.substring(1).split("/");
        out.add(
            new Operation(
                op.get("operationId").getAsString(),
                method,
                path,
                seg[0],
                kind(method, seg, op),
                op));
      }
    }
    return out;
  }

  private static Kind kind(String method, String[] seg, JsonObject op) {
    boolean hasId = seg.length > 1 && seg[1].startsWith("{");
    if (seg.length >= 2 && seg[1].equals("actions")) {
      return seg.length == 2 ? Kind.LIST_TYPE_ACTIONS : Kind.GET_TYPE_ACTION;
    }
    if (hasId && seg.length >= 3 && seg[2].equals("actions") && method.equals("GET")) {
      return seg.length == 3 ? Kind.LIST_ACTIONS : Kind.GET_ACTION;
    }
    return switch (method) {
      case "GET" ->
          seg.length == 1
              ? (hasParam(op, "page") ? Kind.LIST : Kind.GET_SINGLETON)
              : seg.length == 2 ? Kind.GET : Kind.GET_SUB;
      case "POST" -> seg.length == 1 ? Kind.CREATE : Kind.ACTION;
      case "PUT" -> Kind.UPDATE;
      case "DELETE" -> Kind.DELETE;
      default -> throw new IllegalStateException(method);
    };
  }

  private static boolean hasParam(JsonObject op, String name) {
    return params(op).stream().anyMatch(p -> p.get("name").getAsString().equals(name));
  }

  static List<JsonObject> params(JsonObject op) {
    List<JsonObject> out = new ArrayList<>();
    if (op.has("parameters")) {
      op.getAsJsonArray("parameters").forEach(e -> out.add(e.getAsJsonObject()));
    }
    return out;
  }

  /** The query parameters, page and per_page left out (pagination is the client's job). */
  List<JsonObject> query() {
    return params(json).stream()
        .filter(p -> p.get("in").getAsString().equals("query"))
        .filter(p -> !List.of("page", "per_page").contains(p.get("name").getAsString()))
        .toList();
  }

  /** {@code poweron_server} to {@code PoweronServer}. */
  String pascal() {
    return Names.pascal(id);
  }

  /** The action's name for {@link Kind#ACTION}, e.g. {@code attach_to_network}. */
  String actionName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  String summary() {
    return json.has("summary") ? json.get("summary").getAsString() : id;
  }

  String description() {
    return json.has("description") ? json.get("description").getAsString() : "";
  }

  String tag() {
    return json.getAsJsonArray("tags").get(0).getAsString();
  }

  boolean deprecated() {
    return json.has("deprecated") && json.get("deprecated").getAsBoolean();
  }
}
