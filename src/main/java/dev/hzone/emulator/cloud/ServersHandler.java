package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.SshKeyEntry;
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
import java.util.Random;
import java.util.regex.Pattern;

/**
 * {@code /servers}: create (from the catalogue's server types, images or a snapshot, locations, SSH
 * keys), list (filters {@code name}, {@code label_selector}, {@code status}; sort {@code
 * id|name|created}), get, update name and labels, delete. Servers get a public IPv4 from
 * 203.0.113.0/24 (then 198.18.0.0/15) and an IPv6 /64 from 2001:db8::/32. At creation they can get
 * volumes, networks, firewalls and a placement group ({@link ServerCreateLinks}); deleting one
 * detaches its volumes and drops its links ({@link ServerLinks}).
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#servers">Servers</a>
 */
public final class ServersHandler {
  private static final Pattern HOSTNAME =
      Pattern.compile(
          "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
  private static final String PASSWORD_CHARS =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final StateStore store;
  private final Actions actions;
  private final Random random;

  public ServersHandler(StateStore store, Actions actions, Random random) {
    this.store = store;
    this.actions = actions;
    this.random = random;
  }

  public void register(Router router) {
    router.add("GET", "/servers", this::list);
    router.add("POST", "/servers", this::create);
    router.add("GET", "/servers/{id}", this::get);
    router.add("PUT", "/servers/{id}", this::update);
    router.add("DELETE", "/servers/{id}", this::delete);
  }

  static ServerEntry find(StateView v, long id) {
    return v.server(id).orElseThrow(() -> ApiError.notFound("server with ID " + id + " not found"));
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    LabelSelector selector = LabelSelector.of(q);
    List<String> statuses =
        q.enumValues(
            "status",
            List.of(
                "running",
                "initializing",
                "starting",
                "stopping",
                "off",
                "deleting",
                "migrating",
                "rebuilding",
                "unknown"));
    Comparator<ServerEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(ServerEntry::id),
                "name", Comparator.comparing(ServerEntry::name),
                "created", Comparator.comparing(ServerEntry::created)),
            Comparator.comparingLong(ServerEntry::id));
    return store.read(
        v -> {
          ServerIndex index = ServerIndex.of(v);
          List<ServerEntry> out = new ArrayList<>();
          for (ServerEntry s : v.servers()) {
            if ((name.isEmpty() || name.get().equals(s.name()))
                && selector.test(s.labels())
                && (statuses.isEmpty()
                    || statuses.contains(ServerView.status(s, index, v.now())))) {
              out.add(s);
            }
          }
          out.sort(order);
          return Page.of(out, q, Page.MAX_PER_PAGE)
              .respond("servers", s -> ServerView.toJson(s, v, index), req);
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "server");
    return store.read(v -> ApiResponse.ok(Json.wrap("server", ServerView.toJson(find(v, id), v))));
  }

  private static String checkName(String name) {
    if (name.length() > 253 || !HOSTNAME.matcher(name).matches()) {
      throw ApiError.invalidInput("name", "'" + name + "' is not a valid hostname");
    }
    return name;
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = checkName(b.requireString("name"));
    String typeRef =
        b.optIdOrName("server_type")
            .orElseThrow(() -> ApiError.invalidInput("server_type", "is required"));
    Catalog.ServerType type =
        Catalog.serverType(typeRef)
            .orElseThrow(
                () ->
                    ApiError.invalidInput(
                        "server_type", "server type '" + typeRef + "' not found"));
    String imageRef =
        b.optIdOrName("image").orElseThrow(() -> ApiError.invalidInput("image", "is required"));
    // A system image is checked here; a snapshot or backup (by ID) once the state is read.
    Optional<Catalog.Image> system = Catalog.image(imageRef, type.architecture());
    if (system.isPresent() && !system.get().architecture().equals(type.architecture())) {
      throw ApiError.invalidInput(
          "image",
          "image "
              + system.get().id()
              + " is for "
              + system.get().architecture()
              + ", server type "
              + type.name()
              + " is "
              + type.architecture());
    }
    Catalog.Location location =
        b.optIdOrName("location")
            .map(
                ref ->
                    Catalog.location(ref)
                        .orElseThrow(
                            () ->
                                ApiError.invalidInput(
                                    "location", "location '" + ref + "' not found")))
            .orElse(Catalog.LOCATIONS.get(0));
    if (!type.availableIn(location)) {
      throw new ApiError(
          412,
          "resource_unavailable",
          "server type " + type.name() + " is not available in " + location.name(),
          null);
    }
    boolean start = b.optBoolean("start_after_create").orElse(true);
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    List<String> keyRefs = b.idsOrNames("ssh_keys");
    b.optString("user_data")
        .ifPresent(
            u -> {
              if (u.length() > 32 * 1024) {
                throw ApiError.invalidInput("user_data", "must not be longer than 32 KiB");
              }
            });
    ServerCreateLinks links = ServerCreateLinks.parse(b);
    Optional<Body> publicNet = b.optObject("public_net");
    for (String ip : List.of("ipv4", "ipv6")) {
      if (publicNet.isPresent() && publicNet.get().hasValue(ip)) {
        throw ApiError.invalidInput(
            "public_net." + ip, "primary IP not found (the hzone emulator assigns new ones)");
      }
    }
    return store.write(
        tx -> {
          if (tx.servers().stream().anyMatch(s -> s.name().equals(name))) {
            throw ApiError.uniqueness("server name is already used", "name");
          }
          List<Long> keyIds = new ArrayList<>();
          for (String ref : keyRefs) {
            keyIds.add(
                tx.sshKeys().stream()
                    .filter(k -> ref.equals(Long.toString(k.id())) || ref.equals(k.name()))
                    .map(SshKeyEntry::id)
                    .findFirst()
                    .orElseThrow(
                        () ->
                            ApiError.invalidInput("ssh_keys", "SSH key '" + ref + "' not found")));
          }
          long id = tx.nextServerId();
          long image =
              system
                  .map(Catalog.Image::id)
                  .orElseGet(
                      () ->
                          ServerConfigActionsHandler.resolveImage(
                              tx, imageRef, type.architecture()));
          ServerEntry s =
              new ServerEntry(
                  id,
                  name,
                  type.id(),
                  location.id(),
                  image,
                  start,
                  tx.now(),
                  labels,
                  keyIds,
                  ServerAddresses.newIpv4(tx.nextPrimaryIpId()),
                  ServerAddresses.newIpv6(tx.nextPrimaryIpId(), id));
          links.check(tx, s);
          ActionEntry create =
              actions.start(
                  tx, "create_server", ResourceRef.server(id), Optional.empty(), req.actionFails());
          JsonArray next = new JsonArray();
          if (!req.actionFails()) {
            tx.putServer(s);
            ServerAddresses.createFor(tx, s);
            links.apply(tx, s);
            if (start) {
              next.add(
                  ActionView.toJson(
                      actions.start(
                          tx, "start_server", ResourceRef.server(id), Optional.empty(), false, 2),
                      tx.now()));
            }
          }
          JsonObject body = new JsonObject();
          body.add("server", ServerView.toJson(s, tx));
          body.add("action", ActionView.toJson(create, tx.now()));
          body.add("next_actions", next);
          if (keyIds.isEmpty()) {
            body.addProperty("root_password", password());
          } else {
            body.add("root_password", JsonNull.INSTANCE);
          }
          return ApiResponse.created(body);
        });
  }

  private String password() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
    }
    return sb.toString();
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "server");
    Body b = req.json();
    Optional<String> name = b.optString("name").map(ServersHandler::checkName);
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return store.write(
        tx -> {
          ServerEntry s = find(tx, id);
          if (name.isPresent()
              && tx.servers().stream().anyMatch(o -> o.id() != id && o.name().equals(name.get()))) {
            throw ApiError.uniqueness("server name is already used", "name");
          }
          ServerEntry updated = s;
          if (name.isPresent()) {
            updated = updated.withName(name.get());
          }
          if (labels.isPresent()) {
            updated = updated.withLabels(labels.get());
          }
          tx.putServer(updated);
          return ApiResponse.ok(Json.wrap("server", ServerView.toJson(updated, tx)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "server");
    return store.write(
        tx -> {
          find(tx, id);
          ResourceActions.refuseIfDeleteProtected(
              ServerLinks.config(tx, id).deleteProtected(), "server", id);
          actions.checkNotLocked(tx, ResourceRef.server(id), Optional.empty());
          ActionEntry a =
              actions.start(
                  tx, "delete_server", ResourceRef.server(id), Optional.empty(), req.actionFails());
          if (!req.actionFails()) {
            tx.removeServer(id);
            ServerLinks.serverDeleted(tx, id);
            ServerAddresses.release(tx, id);
          }
          return ApiResponse.ok(ActionView.wrapped(a, tx.now()));
        });
  }
}
