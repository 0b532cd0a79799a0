package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Router;
import java.math.BigDecimal;

/**
 * {@code GET /pricing}: every price of the catalogue, net and gross, for a project billed in EUR
 * with 19% VAT.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#pricing">Pricing</a>
 */
public final class PricingHandler {
  public void register(Router router) {
    router.add("GET", "/pricing", this::get);
  }

  private ApiResponse get(ApiRequest req) {
    JsonObject p = new JsonObject();
    p.addProperty("currency", "EUR");
    p.addProperty("vat_rate", "19.00");
    p.add("image", Json.wrap("price_per_gb_month", CatalogView.price(new BigDecimal("0.0110"))));
    p.add("volume", Json.wrap("price_per_gb_month", CatalogView.price(new BigDecimal("0.0440"))));
    JsonObject backup = new JsonObject();
    backup.addProperty("percentage", "20.00");
    p.add("server_backup", backup);
    JsonArray primaryIps = new JsonArray();
    JsonArray floatingIps = new JsonArray();
    for (String type : new String[] {"ipv4", "ipv6"}) {
      JsonArray pp = new JsonArray();
      JsonArray fp = new JsonArray();
      for (Catalog.Location l : Catalog.LOCATIONS) {
        BigDecimal monthly = type.equals("ipv4") ? new BigDecimal("0.50") : BigDecimal.ZERO;
        JsonObject e = new JsonObject();
        e.addProperty("location", l.name());
        e.add(
            "price_hourly",
            CatalogView.price(type.equals("ipv4") ? new BigDecimal("0.0008") : BigDecimal.ZERO));
        e.add("price_monthly", CatalogView.price(monthly));
        pp.add(e);
        JsonObject f = new JsonObject();
        f.addProperty("location", l.name());
        f.add(
            "price_monthly",
            CatalogView.price(new BigDecimal(type.equals("ipv4") ? "3.00" : "3.50")));
        fp.add(f);
      }
      JsonObject po = new JsonObject();
      po.addProperty("type", type);
      po.add("prices", pp);
      primaryIps.add(po);
      JsonObject fo = new JsonObject();
      fo.addProperty("type", type);
      fo.add("prices", fp);
      floatingIps.add(fo);
    }
    p.add("primary_ips", primaryIps);
    p.add("floating_ips", floatingIps);
    p.add("floating_ip", Json.wrap("price_monthly", CatalogView.price(new BigDecimal("3.00"))));
    JsonArray types = new JsonArray();
    for (Catalog.ServerType t : Catalog.SERVER_TYPES) {
      JsonObject o = new JsonObject();
      o.addProperty("id", t.id());
      o.addProperty("name", t.name());
      o.add("prices", CatalogView.serverTypePrices(t));
      types.add(o);
    }
    p.add("server_types", types);
    JsonArray lbs = new JsonArray();
    for (LoadBalancerTypes.Type lb : LoadBalancerTypes.ALL) {
      JsonObject o = new JsonObject();
      o.addProperty("id", lb.id());
      o.addProperty("name", lb.name());
      o.add("prices", LoadBalancerTypes.prices(lb));
      lbs.add(o);
    }
    p.add("load_balancer_types", lbs);
    return ApiResponse.ok(Json.wrap("pricing", p));
  }
}
