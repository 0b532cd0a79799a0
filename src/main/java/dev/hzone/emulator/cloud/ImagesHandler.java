package dev.hzone.emulator.cloud;

import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.LabelSelector;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Router;
import dev.hzone.emulator.web.Sorting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /images}: the catalogue's system images, one per operating system release and architecture
 * (filters {@code type}, {@code status}, {@code bound_to}, {@code include_deprecated}, {@code name},
 * {@code label_selector}, {@code architecture}; sort {@code id|name|created}). Snapshots and backups are not
 * emulated, so none exist.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#images">Images</a>
 */
public final class ImagesHandler {
  public void register(Router router) {
    router.add("GET", "/images", this::list);
    router.add("GET", "/images/{id}", this::get);
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    List<String> types = q.enumValues("type", List.of("system", "app", "snapshot", "backup"));
    List<String> statuses = q.enumValues("status", List.of("available", "creating", "unavailable"));
    List<String> boundTo = q.all("bound_to");
    q.bool("include_deprecated", false);
    Optional<String> name = q.first("name");
    List<String> arch = q.enumValues("architecture", List.of("x86", "arm"));
    LabelSelector selector = LabelSelector.of(q);
    List<Catalog.Image> out = new ArrayList<>();
    for (Catalog.Image i : Catalog.IMAGES) {
      boolean keep = (types.isEmpty() || types.contains("system"))
          && (statuses.isEmpty() || statuses.contains("available"))
          && boundTo.isEmpty()
          && (name.isEmpty() || name.get().equals(i.name()))
          && (arch.isEmpty() || arch.contains(i.architecture()))
          && selector.test(Map.of());
      if (keep) {
        out.add(i);
      }
    }
    out.sort(Sorting.of(q, Map.of(
        "id", Comparator.comparingLong(Catalog.Image::id),
        "name", Comparator.comparing(Catalog.Image::name),
        "created", Comparator.comparing(Catalog.Image::created)),
        Comparator.comparingLong(Catalog.Image::id)));
    return Page.of(out, q, Page.MAX_PER_PAGE).respond("images", CatalogView::image, req);
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "image");
    Catalog.Image i = Catalog.image(id).orElseThrow(() -> ApiError.notFound("image with ID " + id + " not found"));
    return ApiResponse.ok(Json.wrap("image", CatalogView.image(i)));
  }
}
