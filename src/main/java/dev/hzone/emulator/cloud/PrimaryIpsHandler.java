package dev.hzone.emulator.cloud;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.PrimaryIpEntry;
import dev.hzone.emulator.state.ServerEntry;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /primary_ips}: create (in a location or datacenter, or assigned to a server), list
 * (filters {@code name}, {@code ip}, {@code label_selector}; sort {@code id|created}), get, update
 * (name, labels, {@code auto_delete}), delete, and the actions {@code assign}, {@code unassign},
 * {@code change_dns_ptr}, {@code change_protection}. Assigning and unassigning need the server
 * powered off ({@code server_not_stopped}); a server holds one primary IP per type ({@code
 * server_has_ipv4|6}). Deleting an assigned primary IP unassigns it before 1 May 2026 and is
 * refused with {@code must_be_unassigned} from then on, as openapi.json announces.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#primary-ips">Primary IPs</a>
 */
public final class PrimaryIpsHandler {
  /**
   * From this day on an assigned IP must be unassigned before it is deleted (openapi.json, DELETE).
   */
  static final Instant MUST_UNASSIGN_FROM = Instant.parse("2026-05-01T00:00:00Z");

  private final StateStore store;
  private final ResourceRoutes routes;

  public PrimaryIpsHandler(StateStore store, Actions actions) {
    this.store = store;
    this.routes =
        new ResourceRoutes(
            store,
            actions,
            "primary_ips",
            "primary_ip",
            "Primary IP",
            (v, id) -> v.find(CloudKinds.PRIMARY_IPS, id).isPresent());
  }

  public void register(Router router) {
    router.add("GET", "/primary_ips", this::list);
    router.add("POST", "/primary_ips", this::create);
    router.add("GET", "/primary_ips/{id}", this::get);
    router.add("PUT", "/primary_ips/{id}", this::update);
    router.add("DELETE", "/primary_ips/{id}", this::delete);
    routes.registerActionLists(router);
    routes.action(router, "assign", "assign_primary_ip", this::assign);
    routes.action(
        router,
        "unassign",
        "unassign_primary_ip",
        (tx, id, b) -> {
          PrimaryIpEntry p = find(tx, id);
          if (p.assignee().isPresent()) {
            requireOff(tx, p.assignee().get());
          }
          return () -> tx.put(CloudKinds.PRIMARY_IPS, p.withAssignee(Optional.empty()));
        });
    routes.action(
        router,
        "change_dns_ptr",
        "change_dns_ptr",
        (tx, id, b) -> {
          PrimaryIpEntry p = find(tx, id);
          Map<String, String> ptr = ReverseDns.change(p.dnsPtr(), List.of(p.ip()), b);
          return () -> tx.put(CloudKinds.PRIMARY_IPS, p.withDnsPtr(ptr));
        });
    routes.action(
        router,
        "change_protection",
        "change_protection",
        (tx, id, b) -> {
          PrimaryIpEntry p = find(tx, id);
          boolean delete = b.optBoolean("delete").orElse(p.deleteProtected());
          return () -> tx.put(CloudKinds.PRIMARY_IPS, p.withDeleteProtected(delete));
        });
  }

  static PrimaryIpEntry find(StateView v, long id) {
    return v.find(CloudKinds.PRIMARY_IPS, id)
        .orElseThrow(() -> ApiError.notFound("Primary IP with ID " + id + " not found"));
  }

  /** {@code server_not_stopped} unless the server is off. */
  static void requireOff(StateView v, long serverId) {
    ServerEntry s = ServersHandler.find(v, serverId);
    if (!ServerView.status(s, v).equals("off")) {
      throw ResourceRoutes.unprocessable(
          "server_not_stopped",
          "server " + s.id() + " is running, but needs to be " + "powered off");
    }
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    Optional<String> ip = q.first("ip");
    LabelSelector selector = LabelSelector.of(q);
    Comparator<PrimaryIpEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(PrimaryIpEntry::id),
                "created", Comparator.comparing(PrimaryIpEntry::created)),
            Comparator.comparingLong(PrimaryIpEntry::id));
    return store.read(
        v -> {
          List<PrimaryIpEntry> out = new ArrayList<>();
          for (PrimaryIpEntry p : v.all(CloudKinds.PRIMARY_IPS)) {
            if ((name.isEmpty() || name.get().equals(p.name()))
                && (ip.isEmpty() || ip.get().equals(p.ip()))
                && selector.test(p.labels())) {
              out.add(p);
            }
          }
          out.sort(order);
          return Page.of(out, q, Page.MAX_PER_PAGE).respond("primary_ips", IpViews::primaryIp, req);
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "Primary IP");
    return store.read(v -> ApiResponse.ok(Json.wrap("primary_ip", IpViews.primaryIp(find(v, id)))));
  }

  static String checkName(String name) {
    if (name.isBlank() || name.length() > 128) {
      throw ApiError.invalidInput("name", "must be 1 to 128 characters");
    }
    return name;
  }

  /**
   * A location given as {@code location}, or as the (deprecated) {@code datacenter} older clients
   * send.
   */
  static Optional<Catalog.Location> location(Body b, String locationField) {
    Optional<String> loc = b.optIdOrName(locationField);
    if (loc.isPresent()) {
      return Optional.of(
          Catalog.location(loc.get())
              .orElseThrow(
                  () ->
                      ApiError.invalidInput(
                          locationField, "location '" + loc.get() + "' not found")));
    }
    Optional<String> dc = b.optIdOrName("datacenter");
    if (dc.isPresent()) {
      return Optional.of(
          Catalog.DATACENTERS.stream()
              .filter(d -> dc.get().equals(d.name()) || dc.get().equals(Long.toString(d.id())))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiError.invalidInput(
                          "datacenter", "datacenter '" + dc.get() + "' not found"))
              .location());
    }
    return Optional.empty();
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = checkName(b.requireString("name"));
    String type = b.requireString("type");
    if (!type.equals("ipv4") && !type.equals("ipv6")) {
      throw ApiError.invalidInput("type", "must be ipv4 or ipv6");
    }
    b.optString("assignee_type")
        .filter(t -> !t.equals("server"))
        .ifPresent(
            t -> {
              throw ApiError.invalidInput("assignee_type", "must be server");
            });
    Optional<Long> assignee =
        b.hasValue("assignee_id") ? Optional.of(b.requireLong("assignee_id")) : Optional.empty();
    Optional<Catalog.Location> location = location(b, "location");
    if (assignee.isPresent() == location.isPresent()) {
      throw ApiError.invalidInput(
          "assignee_id", "give either assignee_id or location (datacenter)");
    }
    boolean autoDelete = b.optBoolean("auto_delete").orElse(false);
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    return store.write(
        tx -> {
          checkUnique(tx, name, 0);
          long loc;
          if (assignee.isPresent()) {
            ServerEntry s = ServersHandler.find(tx, assignee.get());
            requireFree(tx, s.id(), type, 0);
            requireOff(tx, s.id());
            loc = s.location();
          } else {
            loc = location.get().id();
          }
          long id = tx.nextId(IdCounters.Kind.PRIMARY_IP);
          String ip = type.equals("ipv4") ? IpPool.primaryIpv4(id) : IpPool.primaryIpv6(id);
          PrimaryIpEntry p =
              new PrimaryIpEntry(
                  id, name, type, ip, loc, assignee, autoDelete, Map.of(), false, labels, tx.now());
          JsonObject body = new JsonObject();
          body.add("primary_ip", IpViews.primaryIp(p));
          if (assignee.isPresent()) {
            ActionEntry a =
                routes
                    .actions()
                    .start(
                        tx,
                        "create_primary_ip",
                        routes.ref(id),
                        Optional.empty(),
                        req.actionFails());
            if (!req.actionFails()) {
              tx.put(CloudKinds.PRIMARY_IPS, p);
            }
            body.add("action", ActionView.toJson(a, tx.now()));
          } else {
            tx.put(CloudKinds.PRIMARY_IPS, p);
            body.add("action", JsonNull.INSTANCE);
          }
          return ApiResponse.created(body);
        });
  }

  private static void checkUnique(StateView v, String name, long self) {
    UniqueNames.check(v, CloudKinds.PRIMARY_IPS, PrimaryIpEntry::name, name, self, "primary IP");
  }

  /** {@code server_has_ipv4|6} when the server already holds a primary IP of {@code type}. */
  private static void requireFree(StateView v, long serverId, String type, long self) {
    Optional<PrimaryIpEntry> held = ServerAddresses.primaryIp(v, serverId, type);
    if (held.isPresent() && held.get().id() != self) {
      throw ResourceRoutes.unprocessable(
          "server_has_" + type,
          "server "
              + serverId
              + " already has an "
              + type
              + " address (primary IP "
              + held.get().id()
              + ")");
    }
  }

  private Runnable assign(Transaction tx, long id, Body b) {
    PrimaryIpEntry p = find(tx, id);
    b.optString("assignee_type")
        .filter(t -> !t.equals("server"))
        .ifPresent(
            t -> {
              throw ApiError.invalidInput("assignee_type", "must be server");
            });
    long serverId = b.requireLong("assignee_id");
    ServerEntry s = ServersHandler.find(tx, serverId);
    if (p.assignee().isPresent() && p.assignee().get() != serverId) {
      throw ResourceRoutes.unprocessable(
          "primary_ip_already_assigned",
          "primary IP " + id + " is already assigned to server " + p.assignee().get());
    }
    if (s.location() != p.location()) {
      throw ApiError.invalidInput(
          "assignee_id", "server " + serverId + " is in another location than primary IP " + id);
    }
    requireFree(tx, serverId, p.type(), id);
    requireOff(tx, serverId);
    return () -> tx.put(CloudKinds.PRIMARY_IPS, p.withAssignee(Optional.of(serverId)));
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "Primary IP");
    Body b = req.json();
    Optional<String> name = b.optString("name").map(PrimaryIpsHandler::checkName);
    Optional<Boolean> autoDelete = b.optBoolean("auto_delete");
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return store.write(
        tx -> {
          PrimaryIpEntry p = find(tx, id);
          name.ifPresent(n -> checkUnique(tx, n, id));
          PrimaryIpEntry updated =
              p.withUpdate(
                  name.orElse(p.name()),
                  autoDelete.orElse(p.autoDelete()),
                  labels.orElse(p.labels()));
          tx.put(CloudKinds.PRIMARY_IPS, updated);
          return ApiResponse.ok(Json.wrap("primary_ip", IpViews.primaryIp(updated)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "Primary IP");
    return store.write(
        tx -> {
          PrimaryIpEntry p = find(tx, id);
          if (p.deleteProtected()) {
            throw ApiError.protectedResource("primary IP " + id + " is protected against deletion");
          }
          routes.actions().checkNotLocked(tx, routes.ref(id), Optional.empty());
          if (p.assignee().isPresent()) {
            if (!tx.now().isBefore(MUST_UNASSIGN_FROM)) {
              throw ResourceRoutes.unprocessable(
                  "must_be_unassigned",
                  "primary IP "
                      + id
                      + " is assigned to server "
                      + p.assignee().get()
                      + "; unassign it first");
            }
            requireOff(tx, p.assignee().get());
          }
          tx.remove(CloudKinds.PRIMARY_IPS, id);
          return ApiResponse.noContent();
        });
  }
}
