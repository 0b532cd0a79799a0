package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Router;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The load balancer types ({@code lb11}, {@code lb21}, {@code lb31}, with Hetzner's published
 * limits and prices) and {@code /load_balancer_types} (list, filter {@code name}; get).
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#load-balancer-types">Load Balancer
 *     Types</a>
 */
public final class LoadBalancerTypes {

  /**
   * A load balancer type.
   *
   * @param monthlyNet net monthly price
   */
  record Type(
      long id,
      String name,
      String description,
      int maxConnections,
      int maxServices,
      int maxTargets,
      int maxAssignedCertificates,
      BigDecimal monthlyNet) {}

  static final List<Type> ALL =
      List.of(
          new Type(1, "lb11", "LB11", 10_000, 5, 25, 10, new BigDecimal("5.39")),
          new Type(2, "lb21", "LB21", 20_000, 15, 75, 25, new BigDecimal("16.40")),
          new Type(3, "lb31", "LB31", 40_000, 30, 150, 50, new BigDecimal("32.90")));

  static Optional<Type> find(String idOrName) {
    return ALL.stream()
        .filter(t -> t.name().equals(idOrName) || Long.toString(t.id()).equals(idOrName))
        .findFirst();
  }

  static Type byId(long id) {
    return ALL.stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  /** The type's price entries, one per location. */
  static JsonArray prices(Type t) {
    JsonArray prices = new JsonArray();
    for (Catalog.Location l : Catalog.LOCATIONS) {
      JsonObject e = new JsonObject();
      e.addProperty("location", l.name());
      e.add(
          "price_hourly",
          CatalogView.price(
              t.monthlyNet().divide(BigDecimal.valueOf(672), 4, RoundingMode.HALF_UP)));
      e.add("price_monthly", CatalogView.price(t.monthlyNet()));
      e.addProperty("included_traffic", CatalogView.includedTraffic(l));
      e.add("price_per_tb_traffic", CatalogView.price(BigDecimal.ONE));
      prices.add(e);
    }
    return prices;
  }

  static JsonObject toJson(Type t) {
    JsonObject o = new JsonObject();
    o.addProperty("id", t.id());
    o.addProperty("name", t.name());
    o.addProperty("description", t.description());
    o.addProperty("max_connections", t.maxConnections());
    o.addProperty("max_services", t.maxServices());
    o.addProperty("max_targets", t.maxTargets());
    o.addProperty("max_assigned_certificates", t.maxAssignedCertificates());
    o.add("deprecated", JsonNull.INSTANCE);
    o.add("deprecation", JsonNull.INSTANCE);
    o.add("prices", prices(t));
    return o;
  }

  public void register(Router router) {
    router.add("GET", "/load_balancer_types", this::list);
    router.add(
        "GET",
        "/load_balancer_types/{id}",
        req -> {
          long id = req.idParam("id", "load balancer type");
          Type t =
              ALL.stream()
                  .filter(x -> x.id() == id)
                  .findFirst()
                  .orElseThrow(
                      () -> ApiError.notFound("load balancer type with ID " + id + " not found"));
          return ApiResponse.ok(Json.wrap("load_balancer_type", toJson(t)));
        });
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    List<Type> out =
        ALL.stream().filter(t -> name.isEmpty() || name.get().equals(t.name())).toList();
    return Page.of(out, q, Page.MAX_PER_PAGE)
        .respond("load_balancer_types", LoadBalancerTypes::toJson, req);
  }
}
