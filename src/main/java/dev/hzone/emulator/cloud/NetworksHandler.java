package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.NetworkEntry;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /networks}: private networks with RFC 1918 ranges of at least a /24, their subnets (a
 * subnet without a range gets the first free /24), routes, {@code change_ip_range} (only grows),
 * protection and {@code expose_routes_to_vswitch}. Deleting a network detaches its servers. Servers
 * are attached by the server action {@code attach_to_network}, which takes an address from a subnet
 * of the server's network zone ({@link #allocate}).
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#networks">Networks</a>
 */
public final class NetworksHandler {
  static final List<String> ZONES = List.of("eu-central", "us-east", "us-west", "ap-southeast");

  /**
   * Hetzner reserves it in every network (the metadata and DHCP address of the public interface).
   */
  private static final long RESERVED = Ipv4Net.address("172.31.1.1", "ip");

  private final StateStore store;
  private final ResourceActions actions;

  public NetworksHandler(StateStore store, Actions actions) {
    this.store = store;
    this.actions = new ResourceActions(store, actions, "networks", "network");
  }

  public void register(Router router) {
    router.add(
        "GET",
        "/networks",
        req ->
            store.read(
                v ->
                    CloudLists.list(
                        req,
                        "networks",
                        v.all(CloudKinds.NETWORKS),
                        new CloudLists.Fields<>(
                            NetworkEntry::id,
                            NetworkEntry::name,
                            NetworkEntry::labels,
                            NetworkEntry::created),
                        n -> true,
                        n -> toJson(n, v))));
    router.add("POST", "/networks", this::create);
    router.add(
        "GET",
        "/networks/{id}",
        req ->
            store.read(
                v ->
                    ApiResponse.ok(
                        Json.wrap("network", toJson(find(v, req.idParam("id", "network")), v)))));
    router.add("PUT", "/networks/{id}", this::update);
    router.add("DELETE", "/networks/{id}", this::delete);
    actions.registerLists(router, NetworksHandler::find);
    router.add(
        "POST",
        "/networks/{id}/actions/add_subnet",
        req -> {
          long id = req.idParam("id", "network");
          Body b = req.json();
          return store.write(
              tx -> {
                NetworkEntry n = find(tx, id);
                NetworkEntry.Subnet s = subnet(b, "", n.ipRange(), n.subnets());
                List<NetworkEntry.Subnet> subnets = new ArrayList<>(n.subnets());
                subnets.add(s);
                return actions.respond(
                    tx,
                    req,
                    id,
                    "add_subnet",
                    () -> tx.put(CloudKinds.NETWORKS, n.withSubnets(subnets)));
              });
        });
    router.add(
        "POST",
        "/networks/{id}/actions/delete_subnet",
        req -> {
          long id = req.idParam("id", "network");
          String range = req.json().requireString("ip_range");
          return store.write(
              tx -> {
                NetworkEntry n = find(tx, id);
                NetworkEntry.Subnet s =
                    n.subnets().stream()
                        .filter(x -> x.ipRange().equals(range))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                ApiError.invalidInput(
                                    "ip_range", "network " + id + " has no subnet " + range));
                Ipv4Net net = Ipv4Net.parse(s.ipRange(), "ip_range");
                for (ServerConfig c : tx.all(CloudKinds.SERVER_CONFIGS)) {
                  for (ServerConfig.PrivateNet p : c.privateNets()) {
                    if (p.network() == id && net.contains(Ipv4Net.address(p.ip(), "ip"))) {
                      throw new ApiError(
                          422,
                          "resource_in_use",
                          "server "
                              + c.server()
                              + " has address "
                              + p.ip()
                              + " in subnet "
                              + range
                              + "; detach it first",
                          null);
                    }
                  }
                }
                List<NetworkEntry.Subnet> subnets = new ArrayList<>(n.subnets());
                subnets.remove(s);
                return actions.respond(
                    tx,
                    req,
                    id,
                    "delete_subnet",
                    () -> tx.put(CloudKinds.NETWORKS, n.withSubnets(subnets)));
              });
        });
    router.add(
        "POST",
        "/networks/{id}/actions/add_route",
        req -> {
          long id = req.idParam("id", "network");
          Body b = req.json();
          return store.write(
              tx -> {
                NetworkEntry n = find(tx, id);
                NetworkEntry.Route r = route(b, "", n.ipRange());
                if (n.routes().contains(r)) {
                  throw ApiError.invalidInput(
                      "destination", "network " + id + " already has this route");
                }
                List<NetworkEntry.Route> routes = new ArrayList<>(n.routes());
                routes.add(r);
                return actions.respond(
                    tx,
                    req,
                    id,
                    "add_route",
                    () -> tx.put(CloudKinds.NETWORKS, n.withRoutes(routes)));
              });
        });
    router.add(
        "POST",
        "/networks/{id}/actions/delete_route",
        req -> {
          long id = req.idParam("id", "network");
          Body b = req.json();
          NetworkEntry.Route r =
              new NetworkEntry.Route(b.requireString("destination"), b.requireString("gateway"));
          return store.write(
              tx -> {
                NetworkEntry n = find(tx, id);
                if (!n.routes().contains(r)) {
                  throw ApiError.invalidInput(
                      "destination",
                      "network "
                          + id
                          + " has no route to "
                          + r.destination()
                          + " via "
                          + r.gateway());
                }
                List<NetworkEntry.Route> routes = new ArrayList<>(n.routes());
                routes.remove(r);
                return actions.respond(
                    tx,
                    req,
                    id,
                    "delete_route",
                    () -> tx.put(CloudKinds.NETWORKS, n.withRoutes(routes)));
              });
        });
    router.add(
        "POST",
        "/networks/{id}/actions/change_ip_range",
        req -> {
          long id = req.idParam("id", "network");
          String range = req.json().requireString("ip_range");
          Ipv4Net wanted = checkRange(range, "ip_range");
          return store.write(
              tx -> {
                NetworkEntry n = find(tx, id);
                if (!wanted.contains(Ipv4Net.parse(n.ipRange(), "ip_range"))
                    || wanted.prefix() == Ipv4Net.parse(n.ipRange(), "ip_range").prefix()) {
                  throw ApiError.invalidInput(
                      "ip_range",
                      "must be larger than and contain "
                          + n.ipRange()
                          + " (an IP range can only grow)");
                }
                return actions.respond(
                    tx,
                    req,
                    id,
                    "change_ip_range",
                    () -> tx.put(CloudKinds.NETWORKS, n.withIpRange(wanted.toString())));
              });
        });
    actions.registerChangeProtection(
        router,
        (tx, id, delete) -> {
          NetworkEntry n = find(tx, id);
          return () -> tx.put(CloudKinds.NETWORKS, n.withDeleteProtected(delete));
        });
  }

  static NetworkEntry find(StateView v, long id) {
    return v.find(CloudKinds.NETWORKS, id)
        .orElseThrow(() -> ApiError.notFound("network with ID " + id + " not found"));
  }

  /** The IDs of the servers attached to network {@code id}. */
  static List<Long> servers(StateView v, long id) {
    List<Long> out = new ArrayList<>();
    for (ServerConfig c : v.all(CloudKinds.SERVER_CONFIGS)) {
      if (c.privateNets().stream().anyMatch(p -> p.network() == id)) {
        out.add(c.server());
      }
    }
    return out;
  }

  static JsonObject toJson(NetworkEntry n, StateView v) {
    JsonObject o = new JsonObject();
    o.addProperty("id", n.id());
    o.addProperty("name", n.name());
    o.addProperty("ip_range", n.ipRange());
    JsonArray subnets = new JsonArray();
    for (NetworkEntry.Subnet s : n.subnets()) {
      JsonObject x = new JsonObject();
      x.addProperty("type", s.type());
      x.addProperty("ip_range", s.ipRange());
      x.addProperty("network_zone", s.networkZone());
      x.addProperty("gateway", s.gateway());
      x.add(
          "vswitch_id",
          s.vswitchId() == null
              ? JsonNull.INSTANCE
              : new com.google.gson.JsonPrimitive(s.vswitchId()));
      subnets.add(x);
    }
    o.add("subnets", subnets);
    JsonArray routes = new JsonArray();
    for (NetworkEntry.Route r : n.routes()) {
      JsonObject x = new JsonObject();
      x.addProperty("destination", r.destination());
      x.addProperty("gateway", r.gateway());
      routes.add(x);
    }
    o.add("routes", routes);
    o.add("servers", Json.longs(servers(v, n.id())));
    JsonArray lbs = new JsonArray();
    for (LoadBalancerEntry lb : v.all(CloudKinds.LOAD_BALANCERS)) {
      if (lb.networks().stream().anyMatch(p -> p.network() == n.id())) {
        lbs.add(lb.id());
      }
    }
    o.add("load_balancers", lbs);
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", n.deleteProtected());
    o.add("protection", protection);
    o.add("labels", Json.labels(n.labels()));
    o.add("created", Json.time(n.created()));
    o.addProperty("expose_routes_to_vswitch", n.exposeRoutesToVswitch());
    return o;
  }

  private static Ipv4Net checkRange(String range, String field) {
    Ipv4Net net = Ipv4Net.parse(range, field);
    if (!net.isPrivate()) {
      throw ApiError.invalidInput(
          field,
          range
              + " is not in a private range of RFC 1918 (10.0.0.0/8,"
              + " 172.16.0.0/12, 192.168.0.0/16)");
    }
    if (net.prefix() > 24) {
      throw ApiError.invalidInput(field, range + " is smaller than a /24");
    }
    return net;
  }

  private static String checkName(String name) {
    if (name.isEmpty() || name.length() > 128) {
      throw ApiError.invalidInput("name", "must be 1 to 128 characters");
    }
    return name;
  }

  /** A subnet of {@code b} in a network of {@code range} beside {@code others}. */
  private static NetworkEntry.Subnet subnet(
      Body b, String prefix, String range, List<NetworkEntry.Subnet> others) {
    String type = b.requireString("type");
    if (!List.of("cloud", "server", "vswitch").contains(type)) {
      throw ApiError.invalidInput(b.field("type"), "must be cloud, server or vswitch");
    }
    String zone = b.requireString("network_zone");
    if (!ZONES.contains(zone)) {
      throw ApiError.invalidInput(
          b.field("network_zone"), "must be one of " + String.join(", ", ZONES));
    }
    java.util.OptionalLong vswitch = b.optLong("vswitch_id");
    if (type.equals("vswitch") != vswitch.isPresent()) {
      throw ApiError.invalidInput(
          b.field("vswitch_id"), "is required for, and only for, vswitch subnets");
    }
    Ipv4Net network = Ipv4Net.parse(range, "ip_range");
    List<Ipv4Net> taken = others.stream().map(s -> Ipv4Net.parse(s.ipRange(), "ip_range")).toList();
    Ipv4Net net;
    if (b.hasValue("ip_range")) {
      net = Ipv4Net.parse(b.requireString("ip_range"), b.field("ip_range"));
      if (!network.contains(net)) {
        throw ApiError.invalidInput(
            b.field("ip_range"), net + " is not inside the network's " + range);
      }
      for (Ipv4Net t : taken) {
        if (t.overlaps(net)) {
          throw ApiError.invalidInput(b.field("ip_range"), net + " overlaps subnet " + t);
        }
      }
    } else {
      net = null;
      for (long base = network.base();
          base + 256 <= network.base() + network.size() && net == null;
          base += 256) {
        Ipv4Net candidate = new Ipv4Net(base, 24);
        if (taken.stream().noneMatch(candidate::overlaps)) {
          net = candidate;
        }
      }
      if (net == null) {
        throw new ApiError(422, "no_subnet_available", "no free /24 left in " + range, null);
      }
    }
    String gateway = Ipv4Net.format(type.equals("vswitch") ? net.base() + 1 : network.base() + 1);
    return new NetworkEntry.Subnet(
        type, net.toString(), zone, gateway, vswitch.isPresent() ? vswitch.getAsLong() : null);
  }

  private static NetworkEntry.Route route(Body b, String prefix, String range) {
    Ipv4Net dest = Ipv4Net.parse(b.requireString("destination"), b.field("destination"));
    long gw = Ipv4Net.address(b.requireString("gateway"), b.field("gateway"));
    Ipv4Net network = Ipv4Net.parse(range, "ip_range");
    if (!network.contains(gw) || gw == network.base() + 1 || gw == network.base()) {
      throw ApiError.invalidInput(
          b.field("gateway"),
          Ipv4Net.format(gw) + " is not a usable address of the" + " network's " + range);
    }
    return new NetworkEntry.Route(dest.toString(), Ipv4Net.format(gw));
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = checkName(b.requireString("name"));
    String range = checkRange(b.requireString("ip_range"), "ip_range").toString();
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    boolean expose = b.optBoolean("expose_routes_to_vswitch").orElse(false);
    List<NetworkEntry.Subnet> subnets = new ArrayList<>();
    for (Body s : b.objects("subnets")) {
      subnets.add(subnet(s, "", range, subnets));
    }
    List<NetworkEntry.Route> routes = new ArrayList<>();
    for (Body r : b.objects("routes")) {
      routes.add(route(r, "", range));
    }
    return store.write(
        tx -> {
          UniqueNames.check(
              tx, CloudKinds.NETWORKS, NetworkEntry::name, name, UniqueNames.NEW, "network");
          NetworkEntry n =
              new NetworkEntry(
                  tx.nextId(IdCounters.Kind.NETWORK),
                  name,
                  range,
                  subnets,
                  routes,
                  expose,
                  false,
                  labels,
                  tx.now());
          tx.put(CloudKinds.NETWORKS, n);
          return ApiResponse.created(Json.wrap("network", toJson(n, tx)));
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "network");
    Body b = req.json();
    Optional<String> name = b.optString("name").map(NetworksHandler::checkName);
    Optional<Map<String, String>> labels = b.optLabels("labels");
    Optional<Boolean> expose = b.optBoolean("expose_routes_to_vswitch");
    return store.write(
        tx -> {
          NetworkEntry n = find(tx, id);
          name.ifPresent(
              newName ->
                  UniqueNames.check(
                      tx, CloudKinds.NETWORKS, NetworkEntry::name, newName, id, "network"));
          NetworkEntry updated =
              n.withUpdate(
                  name.orElse(n.name()),
                  labels.orElse(n.labels()),
                  expose.orElse(n.exposeRoutesToVswitch()));
          tx.put(CloudKinds.NETWORKS, updated);
          return ApiResponse.ok(Json.wrap("network", toJson(updated, tx)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "network");
    return store.write(
        tx -> {
          NetworkEntry n = find(tx, id);
          ResourceActions.refuseIfDeleteProtected(n.deleteProtected(), "network", id);
          for (ServerConfig c : tx.all(CloudKinds.SERVER_CONFIGS)) {
            if (c.privateNets().stream().anyMatch(p -> p.network() == id)) {
              tx.put(
                  CloudKinds.SERVER_CONFIGS,
                  c.withPrivateNets(
                      c.privateNets().stream().filter(p -> p.network() != id).toList()));
            }
          }
          tx.remove(CloudKinds.NETWORKS, id);
          return ApiResponse.noContent();
        });
  }

  /** Every address of network {@code id} in use by a server (its address and alias addresses). */
  static Set<Long> used(StateView v, long id) {
    Set<Long> out = new HashSet<>();
    for (ServerConfig c : v.all(CloudKinds.SERVER_CONFIGS)) {
      for (ServerConfig.PrivateNet p : c.privateNets()) {
        if (p.network() == id) {
          out.add(Ipv4Net.address(p.ip(), "ip"));
          p.aliasIps().forEach(a -> out.add(Ipv4Net.address(a, "alias_ips")));
        }
      }
    }
    for (LoadBalancerEntry lb : v.all(CloudKinds.LOAD_BALANCERS)) {
      lb.networks().stream()
          .filter(p -> p.network() == id)
          .forEach(p -> out.add(Ipv4Net.address(p.ip(), "ip")));
    }
    return out;
  }

  /**
   * An address for a server of {@code zone} in network {@code n}: {@code ip} when given and free,
   * else the first free address of the first cloud subnet of the zone (inside {@code ipRange} when
   * given).
   *
   * @throws ApiError 422 {@code ip_not_available} or {@code no_subnet_available}
   */
  static String allocate(
      StateView v, NetworkEntry n, String zone, Optional<String> ip, Optional<String> ipRange) {
    Set<Long> used = used(v, n.id());
    long gateway = Ipv4Net.parse(n.ipRange(), "ip_range").base() + 1;
    Optional<Ipv4Net> within = ipRange.map(r -> Ipv4Net.parse(r, "ip_range"));
    for (NetworkEntry.Subnet s : n.subnets()) {
      if (s.type().equals("vswitch") || !s.networkZone().equals(zone)) {
        continue;
      }
      Ipv4Net net = Ipv4Net.parse(s.ipRange(), "ip_range");
      if (within.isPresent() && !net.overlaps(within.get())) {
        continue;
      }
      if (ip.isPresent()) {
        long a = Ipv4Net.address(ip.get(), "ip");
        if (!net.contains(a)) {
          continue;
        }
        if (used.contains(a)
            || a == gateway
            || a == RESERVED
            || a == net.base()
            || a == net.last()) {
          throw new ApiError(
              422, "ip_not_available", ip.get() + " is not available in network " + n.id(), null);
        }
        return ip.get();
      }
      for (long a = net.base() + 1; a < net.last(); a++) {
        long addr = a;
        if (!used.contains(a)
            && a != gateway
            && a != RESERVED
            && within.map(w -> w.contains(addr)).orElse(true)) {
          return Ipv4Net.format(a);
        }
      }
    }
    if (ip.isPresent()) {
      throw new ApiError(
          422,
          "ip_not_available",
          ip.get() + " is not in a subnet of network " + n.id() + " in network zone " + zone,
          null);
    }
    throw new ApiError(
        422,
        "no_subnet_available",
        "network " + n.id() + " has no free address in a subnet of" + " network zone " + zone,
        null);
  }
}
