package dev.hzone.emulator.cloud;

import com.google.gson.JsonObject;
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
 * {@code /datacenters} (deprecated by the API, still answered): one virtual DC per location, with
 * {@code recommendation} naming Falkenstein's.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#data-centers">Data centers</a>
 */
public final class DatacentersHandler {
  public void register(Router router) {
    router.add("GET", "/datacenters", this::list);
    router.add("GET", "/datacenters/{id}", this::get);
  }

  private ApiResponse list(ApiRequest req) {
    Optional<String> name = req.query().first("name");
    List<Catalog.Datacenter> out = new ArrayList<>();
    for (Catalog.Datacenter d : Catalog.DATACENTERS) {
      if (name.isEmpty() || name.get().equals(d.name())) {
        out.add(d);
      }
    }
    out.sort(
        Sorting.of(
            req.query(),
            Map.of(
                "id", Comparator.comparingLong(Catalog.Datacenter::id),
                "name", Comparator.comparing(Catalog.Datacenter::name)),
            Comparator.comparingLong(Catalog.Datacenter::id)));
    ApiResponse r =
        Page.of(out, req.query(), Page.MAX_PER_PAGE)
            .respond("datacenters", CatalogView::datacenter, req);
    JsonObject body = r.body().orElseThrow().getAsJsonObject();
    body.addProperty("recommendation", 4);
    return r;
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "datacenter");
    Catalog.Datacenter d =
        Catalog.DATACENTERS.stream()
            .filter(x -> x.id() == id)
            .findFirst()
            .orElseThrow(() -> ApiError.notFound("datacenter with ID " + id + " not found"));
    return ApiResponse.ok(Json.wrap("datacenter", CatalogView.datacenter(d)));
  }
}
