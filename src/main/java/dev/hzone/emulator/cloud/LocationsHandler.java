package dev.hzone.emulator.cloud;

import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Router;
import dev.hzone.emulator.web.Sorting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /locations}: the catalogue's locations (filter {@code name}, sort {@code id|name}).
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#locations">Locations</a>
 */
public final class LocationsHandler {
  public void register(Router router) {
    router.add("GET", "/locations", this::list);
    router.add("GET", "/locations/{id}", this::get);
  }

  private ApiResponse list(ApiRequest req) {
    Optional<String> name = req.query().first("name");
    List<Catalog.Location> out = new ArrayList<>();
    for (Catalog.Location l : Catalog.LOCATIONS) {
      if (name.isEmpty() || name.get().equals(l.name())) {
        out.add(l);
      }
    }
    out.sort(
        Sorting.of(
            req.query(),
            Map.of(
                "id", Comparator.comparingLong(Catalog.Location::id),
                "name", Comparator.comparing(Catalog.Location::name)),
            Comparator.comparingLong(Catalog.Location::id)));
    return Page.of(out, req.query(), Page.MAX_PER_PAGE)
        .respond("locations", CatalogView::location, req);
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "location");
    Catalog.Location l =
        Catalog.location(id)
            .orElseThrow(() -> ApiError.notFound("location with ID " + id + " not found"));
    return ApiResponse.ok(Json.wrap("location", CatalogView.location(l)));
  }
}
