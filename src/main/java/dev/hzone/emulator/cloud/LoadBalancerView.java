package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.Json;
import java.util.Optional;

/**
 * The API's JSON form of a load balancer. Targets report {@code healthy} for every service: the
 * emulator runs no traffic, so a check has nothing to fail on. A label selector target lists the
 * servers it matches now.
 */
final class LoadBalancerView {
  private LoadBalancerView() {}

  static JsonObject toJson(LoadBalancerEntry lb, StateView v) {
    JsonObject o = new JsonObject();
    o.addProperty("id", lb.id());
    o.addProperty("name", lb.name());
    JsonObject pub = new JsonObject();
    pub.addProperty("enabled", lb.publicInterface());
    pub.add(
        "ipv4",
        address(
            lb.ipv4(),
            lb.publicInterface(),
            Optional.of(ReverseDns.effective(lb.ipv4(), lb.dnsPtr()).get(lb.ipv4()))));
    pub.add(
        "ipv6",
        address(lb.ipv6(), lb.publicInterface(), Optional.ofNullable(lb.dnsPtr().get(lb.ipv6()))));
    o.add("public_net", pub);
    JsonArray priv = new JsonArray();
    for (LoadBalancerEntry.PrivateNet n : lb.networks()) {
      JsonObject p = new JsonObject();
      p.addProperty("network", n.network());
      p.addProperty("ip", n.ip());
      priv.add(p);
    }
    o.add("private_net", priv);
    Catalog.Location loc = Catalog.location(lb.location()).orElseThrow();
    o.add("location", CatalogView.location(loc));
    o.add("load_balancer_type", LoadBalancerTypes.toJson(LoadBalancerTypes.byId(lb.type())));
    o.add("protection", IpViews.protection(lb.deleteProtected()));
    o.add("labels", Json.labels(lb.labels()));
    o.add("created", Json.time(lb.created()));
    JsonArray services = new JsonArray();
    lb.services().forEach(s -> services.add(service(s)));
    o.add("services", services);
    JsonArray targets = new JsonArray();
    lb.targets().forEach(t -> targets.add(target(t, lb, v)));
    o.add("targets", targets);
    o.add("algorithm", Json.wrap("type", new com.google.gson.JsonPrimitive(lb.algorithm())));
    o.addProperty("outgoing_traffic", 0);
    o.addProperty("ingoing_traffic", 0);
    o.addProperty("included_traffic", CatalogView.includedTraffic(loc));
    return o;
  }

  private static JsonObject address(String ip, boolean enabled, Optional<String> ptr) {
    JsonObject a = new JsonObject();
    a.add("ip", enabled ? new com.google.gson.JsonPrimitive(ip) : JsonNull.INSTANCE);
    a.add("dns_ptr", enabled ? Json.stringOrNull(ptr) : JsonNull.INSTANCE);
    return a;
  }

  static JsonObject service(LoadBalancerEntry.Service s) {
    JsonObject o = new JsonObject();
    o.addProperty("protocol", s.protocol());
    o.addProperty("listen_port", s.listenPort());
    o.addProperty("destination_port", s.destinationPort());
    o.addProperty("proxyprotocol", s.proxyprotocol());
    LoadBalancerEntry.HealthCheck h = s.healthCheck();
    JsonObject hc = new JsonObject();
    hc.addProperty("protocol", h.protocol());
    hc.addProperty("port", h.port());
    hc.addProperty("interval", h.interval());
    hc.addProperty("timeout", h.timeout());
    hc.addProperty("retries", h.retries());
    h.http()
        .ifPresent(
            x -> {
              JsonObject http = new JsonObject();
              http.add("domain", Json.stringOrNull(x.domain()));
              http.addProperty("path", x.path());
              http.addProperty("response", x.response());
              http.add("status_codes", Json.strings(x.statusCodes()));
              http.addProperty("tls", x.tls());
              hc.add("http", http);
            });
    o.add("health_check", hc);
    s.http()
        .ifPresent(
            x -> {
              JsonObject http = new JsonObject();
              http.addProperty("cookie_name", x.cookieName());
              http.addProperty("cookie_lifetime", x.cookieLifetime());
              http.addProperty("timeout_idle", x.timeoutIdle());
              http.add("certificates", Json.longs(x.certificates()));
              http.addProperty("redirect_http", x.redirectHttp());
              http.addProperty("sticky_sessions", x.stickySessions());
              o.add("http", http);
            });
    return o;
  }

  private static JsonArray health(LoadBalancerEntry lb) {
    JsonArray a = new JsonArray();
    for (LoadBalancerEntry.Service s : lb.services()) {
      JsonObject h = new JsonObject();
      h.addProperty("listen_port", s.listenPort());
      h.addProperty("status", "healthy");
      a.add(h);
    }
    return a;
  }

  /**
   * The address traffic goes to: the server's first private address with {@code use_private_ip},
   * else its primary IPv4, else the first address of its IPv6 /64.
   */
  private static String targetIp(long serverId, boolean usePrivateIp, StateView v) {
    if (usePrivateIp) {
      java.util.List<dev.hzone.emulator.state.ServerConfig.PrivateNet> nets =
          ServerLinks.config(v, serverId).privateNets();
      if (!nets.isEmpty()) {
        return nets.get(0).ip();
      }
    }
    return ServerAddresses.primaryIp(v, serverId, "ipv4")
        .map(p -> p.ip())
        .or(
            () ->
                ServerAddresses.primaryIp(v, serverId, "ipv6")
                    .map(p -> p.ip().replace("::/64", "::1")))
        .orElse("");
  }

  private static JsonObject serverTarget(
      long serverId, StateView v, boolean usePrivateIp, LoadBalancerEntry lb) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "server");
    JsonObject s = new JsonObject();
    s.addProperty("id", serverId);
    s.addProperty("ip", targetIp(serverId, usePrivateIp, v));
    o.add("server", s);
    o.add("health_status", health(lb));
    o.addProperty("use_private_ip", usePrivateIp);
    return o;
  }

  static JsonObject target(LoadBalancerEntry.Target t, LoadBalancerEntry lb, StateView v) {
    switch (t.type()) {
      case "server":
        return serverTarget(t.server().orElseThrow(), v, t.usePrivateIp(), lb);
      case "label_selector":
        {
          JsonObject o = new JsonObject();
          o.addProperty("type", "label_selector");
          o.add(
              "label_selector",
              Json.wrap("selector", new com.google.gson.JsonPrimitive(t.selector().orElseThrow())));
          JsonArray matched = new JsonArray();
          for (ServerEntry s : ServerAddresses.matching(v, t.selector().orElseThrow())) {
            matched.add(serverTarget(s.id(), v, t.usePrivateIp(), lb));
          }
          o.add("targets", matched);
          o.addProperty("use_private_ip", t.usePrivateIp());
          return o;
        }
      default:
        {
          JsonObject o = new JsonObject();
          o.addProperty("type", "ip");
          o.add("ip", Json.wrap("ip", new com.google.gson.JsonPrimitive(t.ip().orElseThrow())));
          o.add("health_status", health(lb));
          return o;
        }
    }
  }
}
