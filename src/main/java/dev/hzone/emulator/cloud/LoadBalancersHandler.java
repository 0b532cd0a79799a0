package dev.hzone.emulator.cloud;

import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.NetworkEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
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
 * {@code /load_balancers}: create (type, location or network zone, algorithm, services, targets,
 * labels, public interface), list (filters {@code name}, {@code label_selector}; sort {@code
 * id|name|created}), get, update (name, labels), delete (refused while protected), metrics ({@link
 * MetricSeries}), and the actions {@code add_service}, {@code update_service}, {@code
 * delete_service}, {@code add_target}, {@code remove_target}, {@code change_algorithm}, {@code
 * change_type}, {@code attach_to_network}, {@code detach_from_network}, {@code
 * enable_public_interface}, {@code disable_public_interface}, {@code change_dns_ptr}, {@code
 * change_protection}, with the error codes openapi.json lists per operation. Attaching to a network
 * takes an address from a subnet of the load balancer's network zone, as servers get theirs.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#load-balancers">Load Balancers</a>
 */
public final class LoadBalancersHandler {
  private static final List<String> METRICS =
      List.of("open_connections", "connections_per_second", "requests_per_second", "bandwidth");

  private final StateStore store;
  private final ResourceRoutes routes;

  public LoadBalancersHandler(StateStore store, Actions actions) {
    this.store = store;
    this.routes =
        new ResourceRoutes(
            store,
            actions,
            "load_balancers",
            "load_balancer",
            "Load Balancer",
            (v, id) -> v.find(CloudKinds.LOAD_BALANCERS, id).isPresent());
  }

  public void register(Router router) {
    router.add("GET", "/load_balancers", this::list);
    router.add("POST", "/load_balancers", this::create);
    router.add("GET", "/load_balancers/{id}", this::get);
    router.add("PUT", "/load_balancers/{id}", this::update);
    router.add("DELETE", "/load_balancers/{id}", this::delete);
    router.add("GET", "/load_balancers/{id}/metrics", this::metrics);
    routes.registerActionLists(router);
    change(
        router,
        "add_service",
        (tx, lb, b) -> {
          LoadBalancerEntry.Service s = LoadBalancerInputs.newService(b, tx);
          LoadBalancerInputs.checkNewService(lb, s);
          List<LoadBalancerEntry.Service> services = new ArrayList<>(lb.services());
          services.add(s);
          return lb.toBuilder().services(services).build();
        });
    change(
        router,
        "update_service",
        (tx, lb, b) -> {
          int port = (int) b.requireLong("listen_port");
          List<LoadBalancerEntry.Service> services = new ArrayList<>();
          boolean found = false;
          for (LoadBalancerEntry.Service s : lb.services()) {
            if (s.listenPort() == port) {
              services.add(LoadBalancerInputs.apply(s, b, tx, true));
              found = true;
            } else {
              services.add(s);
            }
          }
          if (!found) {
            throw ApiError.invalidInput(
                "listen_port", "the load balancer has no service on port " + port);
          }
          return lb.toBuilder().services(services).build();
        });
    change(
        router,
        "delete_service",
        (tx, lb, b) -> {
          int port = (int) b.requireLong("listen_port");
          List<LoadBalancerEntry.Service> services =
              lb.services().stream().filter(s -> s.listenPort() != port).toList();
          if (services.size() == lb.services().size()) {
            throw ApiError.invalidInput(
                "listen_port", "the load balancer has no service on port " + port);
          }
          return lb.toBuilder().services(services).build();
        });
    change(
        router,
        "add_target",
        (tx, lb, b) -> {
          LoadBalancerEntry.Target t = LoadBalancerInputs.target(b, tx);
          LoadBalancerInputs.checkTarget(lb, t, tx);
          List<LoadBalancerEntry.Target> targets = new ArrayList<>(lb.targets());
          targets.add(t);
          return lb.toBuilder().targets(targets).build();
        });
    change(
        router,
        "remove_target",
        (tx, lb, b) -> {
          LoadBalancerEntry.Target t = LoadBalancerInputs.target(b, tx);
          List<LoadBalancerEntry.Target> targets =
              lb.targets().stream().filter(o -> !LoadBalancerInputs.same(o, t)).toList();
          if (targets.size() == lb.targets().size()) {
            throw ApiError.invalidInput("type", "the load balancer has no such target");
          }
          return lb.toBuilder().targets(targets).build();
        });
    change(
        router,
        "change_algorithm",
        (tx, lb, b) -> lb.toBuilder().algorithm(algorithm(b.requireString("type"))).build());
    // openapi.json names this action change_load_balancer_type, as servers' is change_server_type.
    change(
        router,
        "change_type",
        "change_load_balancer_type",
        (tx, lb, b) -> {
          String ref =
              b.optIdOrName("load_balancer_type")
                  .orElseThrow(() -> ApiError.invalidInput("load_balancer_type", "is required"));
          LoadBalancerTypes.Type type =
              LoadBalancerTypes.find(ref)
                  .orElseThrow(
                      () ->
                          ApiError.invalidInput(
                              "load_balancer_type", "load balancer type '" + ref + "' not found"));
          if (lb.services().size() > type.maxServices()
              || lb.targets().size() > type.maxTargets()) {
            throw ResourceRoutes.unprocessable(
                "invalid_load_balancer_type",
                "type "
                    + type.name()
                    + " does not fit: the load balancer has more services or targets than it allows");
          }
          return lb.toBuilder().type(type.id()).build();
        });
    change(
        router,
        "attach_to_network",
        (tx, lb, b) -> attach(tx, lb, b.requireLong("network"), b.optString("ip")));
    change(
        router,
        "detach_from_network",
        (tx, lb, b) -> {
          long network = b.requireLong("network");
          List<LoadBalancerEntry.PrivateNet> nets =
              lb.networks().stream().filter(n -> n.network() != network).toList();
          if (nets.size() == lb.networks().size()) {
            throw ResourceRoutes.unprocessable(
                "load_balancer_not_attached_to_network",
                "the load balancer is not " + "attached to network " + network);
          }
          return lb.toBuilder().networks(nets).build();
        });
    change(
        router,
        "enable_public_interface",
        (tx, lb, b) -> lb.toBuilder().publicInterface(true).build());
    change(
        router,
        "disable_public_interface",
        (tx, lb, b) -> {
          if (lb.targets().stream().anyMatch(t -> t.type().equals("ip"))) {
            throw ResourceRoutes.unprocessable(
                "targets_without_use_private_ip", "IP targets need the public interface");
          }
          return lb.toBuilder().publicInterface(false).build();
        });
    change(
        router,
        "change_dns_ptr",
        (tx, lb, b) ->
            lb.toBuilder()
                .dnsPtr(ReverseDns.change(lb.dnsPtr(), List.of(lb.ipv4(), lb.ipv6()), b))
                .build());
    change(
        router,
        "change_protection",
        (tx, lb, b) ->
            lb.toBuilder()
                .deleteProtected(b.optBoolean("delete").orElse(lb.deleteProtected()))
                .build());
  }

  /**
   * {@code lb} attached to network {@code networkId}, at {@code ip} or the first free address of a
   * subnet of its network zone (cloud1's {@link NetworksHandler#allocate}).
   */
  private static LoadBalancerEntry attach(
      StateView v, LoadBalancerEntry lb, long networkId, Optional<String> ip) {
    NetworkEntry n = NetworksHandler.find(v, networkId);
    if (lb.networks().stream().anyMatch(p -> p.network() == networkId)) {
      throw ResourceRoutes.unprocessable(
          "load_balancer_already_attached",
          "the load balancer is already attached " + "to network " + networkId);
    }
    String zone = Catalog.location(lb.location()).orElseThrow().networkZone();
    String address = NetworksHandler.allocate(v, n, zone, ip, Optional.empty());
    List<LoadBalancerEntry.PrivateNet> nets = new ArrayList<>(lb.networks());
    nets.add(new LoadBalancerEntry.PrivateNet(networkId, address));
    return lb.toBuilder().networks(nets).build();
  }

  /** Changes a load balancer; throws when the request cannot be carried out. */
  @FunctionalInterface
  private interface LbChange {
    LoadBalancerEntry apply(Transaction tx, LoadBalancerEntry lb, Body b);
  }

  private void change(Router router, String name, LbChange c) {
    change(router, name, name, c);
  }

  /** The action at {@code .../actions/PATH}, named {@code command} in its answer. */
  private void change(Router router, String path, String command, LbChange c) {
    routes.action(
        router,
        path,
        command,
        (tx, id, b) -> {
          LoadBalancerEntry changed = c.apply(tx, find(tx, id), b);
          return () -> tx.put(CloudKinds.LOAD_BALANCERS, changed);
        });
  }

  static LoadBalancerEntry find(StateView v, long id) {
    return v.find(CloudKinds.LOAD_BALANCERS, id)
        .orElseThrow(() -> ApiError.notFound("Load Balancer with ID " + id + " not found"));
  }

  private static String algorithm(String a) {
    if (!a.equals("round_robin") && !a.equals("least_connections")) {
      throw ApiError.invalidInput("algorithm.type", "must be round_robin or least_connections");
    }
    return a;
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    LabelSelector selector = LabelSelector.of(q);
    Comparator<LoadBalancerEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(LoadBalancerEntry::id),
                "name", Comparator.comparing(LoadBalancerEntry::name),
                "created", Comparator.comparing(LoadBalancerEntry::created)),
            Comparator.comparingLong(LoadBalancerEntry::id));
    return store.read(
        v -> {
          List<LoadBalancerEntry> out = new ArrayList<>();
          for (LoadBalancerEntry lb : v.all(CloudKinds.LOAD_BALANCERS)) {
            if ((name.isEmpty() || name.get().equals(lb.name())) && selector.test(lb.labels())) {
              out.add(lb);
            }
          }
          out.sort(order);
          return Page.of(out, q, Page.MAX_PER_PAGE)
              .respond("load_balancers", lb -> LoadBalancerView.toJson(lb, v), req);
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "Load Balancer");
    return store.read(
        v -> ApiResponse.ok(Json.wrap("load_balancer", LoadBalancerView.toJson(find(v, id), v))));
  }

  private static void checkUnique(StateView v, String name, long self) {
    UniqueNames.check(
        v, CloudKinds.LOAD_BALANCERS, LoadBalancerEntry::name, name, self, "load balancer");
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = PrimaryIpsHandler.checkName(b.requireString("name"));
    String typeRef =
        b.optIdOrName("load_balancer_type")
            .orElseThrow(() -> ApiError.invalidInput("load_balancer_type", "is required"));
    LoadBalancerTypes.Type type =
        LoadBalancerTypes.find(typeRef)
            .orElseThrow(
                () ->
                    ApiError.invalidInput(
                        "load_balancer_type", "load balancer type '" + typeRef + "' not found"));
    Optional<Catalog.Location> location = PrimaryIpsHandler.location(b, "location");
    Optional<String> zone = b.optString("network_zone");
    if (location.isPresent() == zone.isPresent()) {
      throw ApiError.invalidInput("location", "give either location or network_zone");
    }
    Catalog.Location loc =
        location.orElseGet(
            () ->
                Catalog.LOCATIONS.stream()
                    .filter(l -> l.networkZone().equals(zone.get()))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            ApiError.invalidInput(
                                "network_zone", "network zone '" + zone.get() + "' not found")));
    String algorithm =
        algorithm(
            b.optObject("algorithm")
                .flatMap(a -> a.optString("type"))
                .filter(t -> !t.isEmpty())
                .orElse("round_robin"));
    boolean publicInterface = b.optBoolean("public_interface").orElse(true);
    Optional<Long> network =
        b.hasValue("network") ? Optional.of(b.requireLong("network")) : Optional.empty();
    if (!publicInterface && network.isEmpty()) {
      throw ApiError.invalidInput(
          "public_interface", "a load balancer without a public interface needs a network");
    }
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    List<Body> services = b.objects("services");
    List<Body> targets = b.objects("targets");
    return store.write(
        tx -> {
          checkUnique(tx, name, 0);
          long id = tx.nextId(IdCounters.Kind.LOAD_BALANCER);
          LoadBalancerEntry lb =
              new LoadBalancerEntry(
                  id,
                  name,
                  type.id(),
                  loc.id(),
                  IpPool.loadBalancerIpv4(id),
                  IpPool.loadBalancerIpv6(id),
                  publicInterface,
                  Map.of(),
                  algorithm,
                  List.of(),
                  List.of(),
                  List.of(),
                  false,
                  labels,
                  tx.now());
          if (network.isPresent()) {
            lb = attach(tx, lb, network.get(), Optional.empty());
          }
          for (Body s : services) {
            LoadBalancerEntry.Service service = LoadBalancerInputs.newService(s, tx);
            LoadBalancerInputs.checkNewService(lb, service);
            List<LoadBalancerEntry.Service> all = new ArrayList<>(lb.services());
            all.add(service);
            lb = lb.toBuilder().services(all).build();
          }
          for (Body t : targets) {
            LoadBalancerEntry.Target target = LoadBalancerInputs.target(t, tx);
            LoadBalancerInputs.checkTarget(lb, target, tx);
            List<LoadBalancerEntry.Target> all = new ArrayList<>(lb.targets());
            all.add(target);
            lb = lb.toBuilder().targets(all).build();
          }
          ActionEntry a =
              routes
                  .actions()
                  .start(
                      tx,
                      "create_load_balancer",
                      routes.ref(id),
                      Optional.empty(),
                      req.actionFails());
          if (!req.actionFails()) {
            tx.put(CloudKinds.LOAD_BALANCERS, lb);
          }
          JsonObject body = new JsonObject();
          body.add("load_balancer", LoadBalancerView.toJson(lb, tx));
          body.add("action", ActionView.toJson(a, tx.now()));
          return ApiResponse.created(body);
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "Load Balancer");
    Body b = req.json();
    Optional<String> name = b.optString("name").map(PrimaryIpsHandler::checkName);
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return store.write(
        tx -> {
          LoadBalancerEntry lb = find(tx, id);
          name.ifPresent(n -> checkUnique(tx, n, id));
          LoadBalancerEntry updated =
              lb.toBuilder()
                  .name(name.orElse(lb.name()))
                  .labels(labels.orElse(lb.labels()))
                  .build();
          tx.put(CloudKinds.LOAD_BALANCERS, updated);
          return ApiResponse.ok(Json.wrap("load_balancer", LoadBalancerView.toJson(updated, tx)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "Load Balancer");
    return store.write(
        tx -> {
          LoadBalancerEntry lb = find(tx, id);
          if (lb.deleteProtected()) {
            throw ApiError.protectedResource(
                "load balancer " + id + " is protected against deletion");
          }
          routes.actions().checkNotLocked(tx, routes.ref(id), Optional.empty());
          tx.remove(CloudKinds.LOAD_BALANCERS, id);
          return ApiResponse.noContent();
        });
  }

  private ApiResponse metrics(ApiRequest req) {
    long id = req.idParam("id", "Load Balancer");
    Query q = req.query();
    List<String> types = q.enumValues("type", METRICS);
    if (types.isEmpty()) {
      throw ApiError.invalidInput("type", "is required (" + String.join(", ", METRICS) + ")");
    }
    MetricSeries window = MetricSeries.window(q);
    List<String> names = new ArrayList<>();
    for (String type : types) {
      names.addAll(
          type.equals("bandwidth") ? List.of("bandwidth.in", "bandwidth.out") : List.of(type));
    }
    return store.read(
        v -> {
          find(v, id);
          return ApiResponse.ok(Json.wrap("metrics", window.json(id, names)));
        });
  }
}
