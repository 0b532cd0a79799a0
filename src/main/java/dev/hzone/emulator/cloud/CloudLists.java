package dev.hzone.emulator.cloud;

import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.LabelSelector;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Sorting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The list endpoints most resources share: filters {@code name} and {@code label_selector} (plus
 * any of the resource's own), sort {@code id|name|created}, pages of at most 50.
 */
final class CloudLists {
  private CloudLists() {}

  /** How to read the fields the shared filters and sorts use. */
  record Fields<T>(
      ToLongFunction<T> id,
      Function<T, String> name,
      Function<T, Map<String, String>> labels,
      Function<T, Instant> created) {}

  static <T> ApiResponse list(
      ApiRequest req,
      String key,
      List<T> all,
      Fields<T> f,
      Predicate<T> extra,
      Function<T, com.google.gson.JsonElement> view) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    LabelSelector selector = LabelSelector.of(q);
    Comparator<T> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(f.id()),
                "name", Comparator.comparing(f.name()),
                "created", Comparator.comparing(f.created())),
            Comparator.comparingLong(f.id()));
    List<T> out = new ArrayList<>();
    for (T x : all) {
      if ((name.isEmpty() || name.get().equals(f.name().apply(x)))
          && selector.test(f.labels().apply(x))
          && extra.test(x)) {
        out.add(x);
      }
    }
    out.sort(order);
    return Page.of(out, q, Page.MAX_PER_PAGE).respond(key, view, req);
  }
}
