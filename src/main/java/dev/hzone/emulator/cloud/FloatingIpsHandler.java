package dev.hzone.emulator.cloud;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FloatingIpEntry;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
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
 * {@code /floating_ips}: create (at a home location, or assigned to a server, which then sets the
 * home location), list (filters {@code name}, {@code label_selector}; sort {@code id|created}),
 * get, update (name, description, labels), delete (refused while protected; an assigned IP is
 * unassigned before 1 May 2026 and refused with {@code must_be_unassigned} from then on, as
 * openapi.json announces), and the actions {@code assign} (moves it from another server; {@code
 * floating_ip_assigned} when already on that server), {@code unassign}, {@code change_dns_ptr},
 * {@code change_protection}. A floating IP created without a name is named after its ID.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#floating-ips">Floating IPs</a>
 */
public final class FloatingIpsHandler {
  private final StateStore store;
  private final ResourceRoutes routes;

  public FloatingIpsHandler(StateStore store, Actions actions) {
    this.store = store;
    this.routes =
        new ResourceRoutes(
            store,
            actions,
            "floating_ips",
            "floating_ip",
            "Floating IP",
            (v, id) -> v.find(CloudKinds.FLOATING_IPS, id).isPresent());
  }

  public void register(Router router) {
    router.add("GET", "/floating_ips", this::list);
    router.add("POST", "/floating_ips", this::create);
    router.add("GET", "/floating_ips/{id}", this::get);
    router.add("PUT", "/floating_ips/{id}", this::update);
    router.add("DELETE", "/floating_ips/{id}", this::delete);
    routes.registerActionLists(router);
    routes.action(
        router,
        "assign",
        "assign_floating_ip",
        (tx, id, b) -> {
          FloatingIpEntry f = find(tx, id);
          if (!b.hasValue("server")) {
            throw ApiError.invalidInput("server", "is required");
          }
          ServerEntry s = ServersHandler.find(tx, b.requireLong("server"));
          if (f.server().equals(Optional.of(s.id()))) {
            throw ResourceRoutes.unprocessable(
                "floating_ip_assigned",
                "floating IP " + id + " is already assigned to server " + s.id());
          }
          return () -> tx.put(CloudKinds.FLOATING_IPS, f.withServer(Optional.of(s.id())));
        });
    routes.action(
        router,
        "unassign",
        "unassign_floating_ip",
        (tx, id, b) -> {
          FloatingIpEntry f = find(tx, id);
          return () -> tx.put(CloudKinds.FLOATING_IPS, f.withServer(Optional.empty()));
        });
    routes.action(
        router,
        "change_dns_ptr",
        "change_dns_ptr",
        (tx, id, b) -> {
          FloatingIpEntry f = find(tx, id);
          Map<String, String> ptr = ReverseDns.change(f.dnsPtr(), List.of(f.ip()), b);
          return () -> tx.put(CloudKinds.FLOATING_IPS, f.withDnsPtr(ptr));
        });
    routes.action(
        router,
        "change_protection",
        "change_protection",
        (tx, id, b) -> {
          FloatingIpEntry f = find(tx, id);
          boolean delete = b.optBoolean("delete").orElse(f.deleteProtected());
          return () -> tx.put(CloudKinds.FLOATING_IPS, f.withDeleteProtected(delete));
        });
  }

  static FloatingIpEntry find(StateView v, long id) {
    return v.find(CloudKinds.FLOATING_IPS, id)
        .orElseThrow(() -> ApiError.notFound("Floating IP with ID " + id + " not found"));
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    LabelSelector selector = LabelSelector.of(q);
    Comparator<FloatingIpEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(FloatingIpEntry::id),
                "created", Comparator.comparing(FloatingIpEntry::created)),
            Comparator.comparingLong(FloatingIpEntry::id));
    return store.read(
        v -> {
          List<FloatingIpEntry> out = new ArrayList<>();
          for (FloatingIpEntry f : v.all(CloudKinds.FLOATING_IPS)) {
            if ((name.isEmpty() || name.get().equals(f.name())) && selector.test(f.labels())) {
              out.add(f);
            }
          }
          out.sort(order);
          return Page.of(out, q, Page.MAX_PER_PAGE)
              .respond("floating_ips", IpViews::floatingIp, req);
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "Floating IP");
    return store.read(
        v -> ApiResponse.ok(Json.wrap("floating_ip", IpViews.floatingIp(find(v, id)))));
  }

  private static void checkUnique(StateView v, String name, long self) {
    UniqueNames.check(v, CloudKinds.FLOATING_IPS, FloatingIpEntry::name, name, self, "floating IP");
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String type = b.requireString("type");
    if (!type.equals("ipv4") && !type.equals("ipv6")) {
      throw ApiError.invalidInput("type", "must be ipv4 or ipv6");
    }
    Optional<String> name = b.optString("name").map(PrimaryIpsHandler::checkName);
    Optional<String> description = b.optString("description");
    Optional<Long> server =
        b.hasValue("server") ? Optional.of(b.requireLong("server")) : Optional.empty();
    Optional<Catalog.Location> home = PrimaryIpsHandler.location(b, "home_location");
    if (server.isEmpty() && home.isEmpty()) {
      throw ApiError.invalidInput("home_location", "give home_location or server");
    }
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    return store.write(
        tx -> {
          name.ifPresent(n -> checkUnique(tx, n, 0));
          long location = home.map(Catalog.Location::id).orElse(0L);
          if (server.isPresent()) {
            ServerEntry s = ServersHandler.find(tx, server.get());
            location = home.isPresent() ? location : s.location();
          }
          long id = tx.nextId(IdCounters.Kind.FLOATING_IP);
          String ip = type.equals("ipv4") ? IpPool.floatingIpv4(id) : IpPool.floatingIpv6(id);
          String n = name.orElse(Long.toString(id));
          checkUnique(tx, n, 0);
          FloatingIpEntry f =
              new FloatingIpEntry(
                  id,
                  n,
                  description,
                  type,
                  ip,
                  server,
                  location,
                  Map.of(),
                  false,
                  labels,
                  tx.now());
          JsonObject body = new JsonObject();
          body.add("floating_ip", IpViews.floatingIp(f));
          if (server.isPresent()) {
            ActionEntry a =
                routes
                    .actions()
                    .start(
                        tx,
                        "create_floating_ip",
                        routes.ref(id),
                        Optional.empty(),
                        req.actionFails());
            if (!req.actionFails()) {
              tx.put(CloudKinds.FLOATING_IPS, f);
            }
            body.add("action", ActionView.toJson(a, tx.now()));
          } else {
            tx.put(CloudKinds.FLOATING_IPS, f);
            body.add("action", JsonNull.INSTANCE);
          }
          return ApiResponse.created(body);
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "Floating IP");
    Body b = req.json();
    Optional<String> name = b.optString("name").map(PrimaryIpsHandler::checkName);
    boolean descriptionGiven = b.has("description");
    Optional<String> description = b.optString("description");
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return store.write(
        tx -> {
          FloatingIpEntry f = find(tx, id);
          name.ifPresent(n -> checkUnique(tx, n, id));
          FloatingIpEntry updated =
              f.withUpdate(
                  name.orElse(f.name()),
                  descriptionGiven ? description : f.description(),
                  labels.orElse(f.labels()));
          tx.put(CloudKinds.FLOATING_IPS, updated);
          return ApiResponse.ok(Json.wrap("floating_ip", IpViews.floatingIp(updated)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "Floating IP");
    return store.write(
        tx -> {
          FloatingIpEntry f = find(tx, id);
          if (f.deleteProtected()) {
            throw ApiError.protectedResource(
                "floating IP " + id + " is protected against deletion");
          }
          routes.actions().checkNotLocked(tx, routes.ref(id), Optional.empty());
          if (f.server().isPresent() && !tx.now().isBefore(PrimaryIpsHandler.MUST_UNASSIGN_FROM)) {
            throw ResourceRoutes.unprocessable(
                "must_be_unassigned",
                "floating IP "
                    + id
                    + " is assigned to server "
                    + f.server().get()
                    + "; unassign it first");
          }
          tx.remove(CloudKinds.FLOATING_IPS, id);
          return ApiResponse.noContent();
        });
  }
}
