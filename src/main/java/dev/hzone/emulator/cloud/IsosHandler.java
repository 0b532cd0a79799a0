package dev.hzone.emulator.cloud;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /isos}: a fixed set of public ISO images (filters {@code name}, {@code architecture},
 * {@code include_architecture_wildcard}) that servers attach with {@code attach_iso}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#isos">ISOs</a>
 */
public final class IsosHandler {
  /** A public ISO. */
  record Iso(long id, String name, String description, String architecture) {}

  static final List<Iso> ISOS =
      List.of(
          new Iso(1001, "ubuntu-24.04.2-live-server-amd64.iso", "Ubuntu 24.04.2 (amd64)", "x86"),
          new Iso(1002, "ubuntu-24.04.2-live-server-arm64.iso", "Ubuntu 24.04.2 (arm64)", "arm"),
          new Iso(
              1003, "debian-12.11.0-amd64-netinst.iso", "Debian 12.11 (amd64/netinstall)", "x86"),
          new Iso(
              1004, "debian-12.11.0-arm64-netinst.iso", "Debian 12.11 (arm64/netinstall)", "arm"),
          new Iso(1005, "virtio-win-0.1.271.iso", "virtio-win-0.1.271", "x86"));

  public void register(Router router) {
    router.add("GET", "/isos", this::list);
    router.add(
        "GET",
        "/isos/{id}",
        req -> {
          long id = req.idParam("id", "iso");
          return ApiResponse.ok(
              Json.wrap(
                  "iso",
                  toJson(
                      byId(id)
                          .orElseThrow(
                              () -> ApiError.notFound("iso with ID " + id + " not found")))));
        });
  }

  static Optional<Iso> byId(long id) {
    return ISOS.stream().filter(i -> i.id() == id).findFirst();
  }

  static Optional<Iso> byIdOrName(String ref) {
    return ISOS.stream()
        .filter(i -> ref.equals(Long.toString(i.id())) || ref.equals(i.name()))
        .findFirst();
  }

  static JsonObject toJson(Iso i) {
    JsonObject o = new JsonObject();
    o.addProperty("id", i.id());
    o.addProperty("name", i.name());
    o.addProperty("description", i.description());
    o.addProperty("type", "public");
    o.add("deprecation", JsonNull.INSTANCE);
    o.addProperty("architecture", i.architecture());
    return o;
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    List<String> arch = q.enumValues("architecture", List.of("x86", "arm"));
    q.bool("include_architecture_wildcard", false);
    List<Iso> out = new ArrayList<>();
    for (Iso i : ISOS) {
      if ((name.isEmpty() || name.get().equals(i.name()))
          && (arch.isEmpty() || arch.contains(i.architecture()))) {
        out.add(i);
      }
    }
    return Page.of(out, q, Page.MAX_PER_PAGE).respond("isos", IsosHandler::toJson, req);
  }
}
