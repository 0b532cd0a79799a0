package dev.hzone.emulator.cloud;

import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /server_types}: the catalogue's server types with prices per location (filter {@code
 * name}).
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#server-types">Server types</a>
 */
public final class ServerTypesHandler {
  public void register(Router router) {
    router.add("GET", "/server_types", this::list);
    router.add("GET", "/server_types/{id}", this::get);
  }

  private ApiResponse list(ApiRequest req) {
    Optional<String> name = req.query().first("name");
    List<Catalog.ServerType> out = new ArrayList<>();
    for (Catalog.ServerType t : Catalog.SERVER_TYPES) {
      if (name.isEmpty() || name.get().equals(t.name())) {
        out.add(t);
      }
    }
    return Page.of(out, req.query(), Page.MAX_PER_PAGE)
        .respond("server_types", CatalogView::serverType, req);
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "server type");
    Catalog.ServerType t =
        Catalog.serverType(id)
            .orElseThrow(() -> ApiError.notFound("server type with ID " + id + " not found"));
    return ApiResponse.ok(Json.wrap("server_type", CatalogView.serverType(t)));
  }
}
