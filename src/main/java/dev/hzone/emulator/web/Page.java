package dev.hzone.emulator.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer, with the {@code meta.pagination} object and the {@code Link} header
 * the API sends. {@code per_page} defaults to 25 and is capped at the endpoint's maximum (50, or
 * 100 for RRSets).
 *
 * @param items the entries on this page
 * @param page the page number, from 1
 * @param perPage entries per page
 * @param total entries on all pages
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#pagination">Pagination</a>
 */
public record Page<T>(List<T> items, long page, long perPage, long total) {

  /** The default {@code per_page}. */
  public static final int DEFAULT_PER_PAGE = 25;

  /** The usual maximum {@code per_page}. */
  public static final int MAX_PER_PAGE = 50;

  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that {@code query} asks for. */
  public static <T> Page<T> of(List<T> all, Query query, int maxPerPage) {
    long page = query.positiveLong("page", 1);
    long perPage = Math.min(query.positiveLong("per_page", DEFAULT_PER_PAGE), maxPerPage);
    long from = (page - 1) * perPage;
    List<T> items =
        from >= all.size()
            ? List.of()
            : new ArrayList<>(all.subList((int) from, (int) Math.min(all.size(), from + perPage)));
    return new Page<>(items, page, perPage, all.size());
  }

  public long lastPage() {
    return Math.max(1, (total + perPage - 1) / perPage);
  }

  /** {@code {"pagination": {...}}}. */
  public JsonObject meta() {
    JsonObject p = new JsonObject();
    p.addProperty("page", page);
    p.addProperty("per_page", perPage);
    p.add(
        "previous_page",
        page > 1 ? new JsonPrimitive(Math.min(page - 1, lastPage())) : JsonNull.INSTANCE);
    p.add("next_page", page < lastPage() ? new JsonPrimitive(page + 1) : JsonNull.INSTANCE);
    p.addProperty("last_page", lastPage());
    p.addProperty("total_entries", total);
    return Json.wrap("pagination", p);
  }

  /** The list answer {@code {"<key>": [...], "meta": {...}}} with its {@code Link} header. */
  public ApiResponse respond(String key, Function<T, JsonElement> view, ApiRequest request) {
    JsonArray arr = new JsonArray();
    for (T t : items) {
      arr.add(view.apply(t));
    }
    JsonObject body = new JsonObject();
    body.add(key, arr);
    body.add("meta", meta());
    ApiResponse r = ApiResponse.ok(body);
    String link = link(request);
    return link.isEmpty() ? r : r.withHeader("Link", link);
  }

  private String link(ApiRequest request) {
    List<String> parts = new ArrayList<>();
    if (page > 1) {
      parts.add(
          "<" + request.urlWithPage(Math.min(page - 1, lastPage()), perPage) + ">; rel=\"prev\"");
    }
    if (page < lastPage()) {
      parts.add("<" + request.urlWithPage(page + 1, perPage) + ">; rel=\"next\"");
    }
    if (page != lastPage()) {
      parts.add("<" + request.urlWithPage(lastPage(), perPage) + ">; rel=\"last\"");
    }
    return String.join(", ", parts);
  }
}
