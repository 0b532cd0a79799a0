package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.web.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The API's JSON forms of catalogue entries and prices. */
final class CatalogView {
  /** VAT of a German project. */
  static final BigDecimal VAT = new BigDecimal("0.19");

  private CatalogView() {}

  static JsonObject location(Catalog.Location l) {
    JsonObject o = new JsonObject();
    o.addProperty("id", l.id());
    o.addProperty("name", l.name());
    o.addProperty("description", l.description());
    o.addProperty("country", l.country());
    o.addProperty("city", l.city());
    o.addProperty("latitude", l.latitude());
    o.addProperty("longitude", l.longitude());
    o.addProperty("network_zone", l.networkZone());
    return o;
  }

  static JsonObject datacenter(Catalog.Datacenter d) {
    JsonObject o = new JsonObject();
    o.addProperty("id", d.id());
    o.addProperty("name", d.name());
    o.addProperty("description", d.description());
    o.add("location", location(d.location()));
    JsonArray ids = new JsonArray();
    for (Catalog.ServerType t : Catalog.SERVER_TYPES) {
      if (t.availableIn(d.location())) {
        ids.add(t.id());
      }
    }
    JsonObject types = new JsonObject();
    types.add("supported", ids);
    types.add("available", ids.deepCopy());
    types.add("available_for_migration", ids.deepCopy());
    o.add("server_types", types);
    return o;
  }

  /** {@code {net, gross}} from a net amount, four decimals as the API writes money. */
  static JsonObject price(BigDecimal net) {
    JsonObject o = new JsonObject();
    BigDecimal n = net.setScale(4, RoundingMode.HALF_UP);
    o.addProperty("net", n.toPlainString());
    o.addProperty(
        "gross",
        n.multiply(BigDecimal.ONE.add(VAT)).setScale(4, RoundingMode.HALF_UP).toPlainString());
    return o;
  }

  static long includedTraffic(Catalog.Location l) {
    long tb = 1L << 40;
    return switch (l.networkZone()) {
      case "eu-central" -> 20 * tb;
      case "ap-southeast" -> tb / 2;
      default -> tb;
    };
  }

  /** The server type's price entries, one per location where it is sold. */
  static JsonArray serverTypePrices(Catalog.ServerType t) {
    JsonArray prices = new JsonArray();
    for (Catalog.Location l : Catalog.LOCATIONS) {
      if (!t.availableIn(l)) {
        continue;
      }
      BigDecimal monthly = BigDecimal.valueOf(t.monthlyNetIn(l));
      JsonObject p = new JsonObject();
      p.addProperty("location", l.name());
      p.add(
          "price_hourly", price(monthly.divide(BigDecimal.valueOf(672), 4, RoundingMode.HALF_UP)));
      p.add("price_monthly", price(monthly));
      p.addProperty("included_traffic", includedTraffic(l));
      p.add(
          "price_per_tb_traffic",
          price(l.networkZone().equals("ap-southeast") ? new BigDecimal("7.40") : BigDecimal.ONE));
      prices.add(p);
    }
    return prices;
  }

  static JsonObject serverType(Catalog.ServerType t) {
    JsonObject o = new JsonObject();
    o.addProperty("id", t.id());
    o.addProperty("name", t.name());
    o.addProperty("description", t.description());
    o.addProperty("cores", t.cores());
    o.addProperty("memory", t.memory());
    o.addProperty("disk", t.disk());
    o.addProperty("deprecated", false);
    o.add("prices", serverTypePrices(t));
    o.addProperty("storage_type", "local");
    o.addProperty("cpu_type", t.cpuType());
    o.addProperty("category", t.category());
    o.addProperty("architecture", t.architecture());
    o.add("deprecation", JsonNull.INSTANCE);
    JsonArray locs = new JsonArray();
    for (Catalog.Location l : Catalog.LOCATIONS) {
      if (t.availableIn(l)) {
        JsonObject lo = new JsonObject();
        lo.addProperty("id", l.id());
        lo.addProperty("name", l.name());
        lo.add("deprecation", JsonNull.INSTANCE);
        lo.addProperty("recommended", l.name().equals("fsn1") || l.name().equals("nbg1"));
        lo.addProperty("available", true);
        locs.add(lo);
      }
    }
    o.add("locations", locs);
    return o;
  }

  static JsonObject image(Catalog.Image i) {
    JsonObject o = new JsonObject();
    o.addProperty("id", i.id());
    o.addProperty("type", "system");
    o.addProperty("status", "available");
    o.addProperty("name", i.name());
    o.addProperty("description", i.description());
    o.add("image_size", JsonNull.INSTANCE);
    o.addProperty("disk_size", i.diskSize());
    o.add("created", Json.time(i.created()));
    o.add("created_from", JsonNull.INSTANCE);
    o.add("bound_to", JsonNull.INSTANCE);
    o.addProperty("os_flavor", i.osFlavor());
    o.addProperty("os_version", i.osVersion());
    o.addProperty("rapid_deploy", true);
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", false);
    o.add("protection", protection);
    o.add("deprecated", JsonNull.INSTANCE);
    o.add("deleted", JsonNull.INSTANCE);
    o.add("labels", new JsonObject());
    o.addProperty("architecture", i.architecture());
    return o;
  }
}
