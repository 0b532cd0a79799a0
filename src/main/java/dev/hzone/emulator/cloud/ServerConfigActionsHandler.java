package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.ImageEntry;
import dev.hzone.emulator.state.NetworkEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The server actions beyond power: passwords, rescue, rebuild, type, backups, images, ISOs,
 * networks and alias IPs, placement groups, reverse DNS, protection and the console; and {@code
 * /servers/{id}/metrics}. Each runs as an action on the server (and on the other resource it
 * touches); what it changes is kept in the server's {@link ServerConfig}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#server-actions">Server actions</a>
 */
public final class ServerConfigActionsHandler {
  private static final String PASSWORD_CHARS =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  /** The backup window the API assigns when backups are enabled. */
  static final String BACKUP_WINDOW = "22-02";

  private final StateStore store;
  private final ResourceActions actions;
  private final Random random;

  public ServerConfigActionsHandler(StateStore store, Actions actions, Random random) {
    this.store = store;
    this.actions = new ResourceActions(store, actions, "servers", "server");
    this.random = random;
  }

  /** What an action does: checks, then returns the change to make (run unless the action fails). */
  @FunctionalInterface
  private interface Change {
    Runnable plan(Transaction tx, ServerEntry s, ServerConfig c);
  }

  public void register(Router router) {
    simple(router, "reset_password", "reset_password", b -> (tx, s, c) -> () -> {}, true);
    simple(
        router,
        "enable_rescue",
        "enable_rescue",
        b -> {
          String type = b.optString("type").orElse("linux64");
          if (!type.equals("linux64")) {
            throw ApiError.invalidInput("type", "must be linux64");
          }
          List<String> keys = b.idsOrNames("ssh_keys");
          return (tx, s, c) -> {
            for (String k : keys) {
              if (tx.sshKeys().stream()
                  .noneMatch(x -> k.equals(Long.toString(x.id())) || k.equals(x.name()))) {
                throw ApiError.invalidInput("ssh_keys", "SSH key '" + k + "' not found");
              }
            }
            return () -> putConfig(tx, c.withRescue(true));
          };
        },
        true);
    simple(
        router,
        "disable_rescue",
        "disable_rescue",
        b -> (tx, s, c) -> () -> putConfig(tx, c.withRescue(false)),
        false);
    simple(
        router,
        "enable_backup",
        "enable_backup",
        b -> (tx, s, c) -> () -> putConfig(tx, c.withBackupWindow(BACKUP_WINDOW)),
        false);
    simple(
        router,
        "disable_backup",
        "disable_backup",
        b ->
            (tx, s, c) ->
                () -> {
                  putConfig(tx, c.withBackupWindow(null));
                  // Disabling backups deletes the server's backups (API reference, disable_backup).
                  for (ImageEntry i : tx.all(CloudKinds.IMAGES)) {
                    if (i.boundTo() != null && i.boundTo() == s.id()) {
                      tx.remove(CloudKinds.IMAGES, i.id());
                    }
                  }
                },
        false);
    simple(
        router,
        "change_type",
        "change_server_type",
        b -> {
          String ref =
              b.optIdOrName("server_type")
                  .orElseThrow(() -> ApiError.invalidInput("server_type", "is required"));
          b.optBoolean("upgrade_disk")
              .orElseThrow(() -> ApiError.invalidInput("upgrade_disk", "is required"));
          Catalog.ServerType type =
              Catalog.serverType(ref)
                  .orElseThrow(
                      () ->
                          new ApiError(
                              422,
                              "invalid_server_type",
                              "server type '" + ref + "' not found",
                              null));
          return (tx, s, c) -> {
            Catalog.ServerType old = Catalog.serverType(s.serverType()).orElseThrow();
            if (!type.architecture().equals(old.architecture())) {
              throw new ApiError(
                  422,
                  "invalid_server_type",
                  "server type "
                      + type.name()
                      + " is "
                      + type.architecture()
                      + ", the server is "
                      + old.architecture(),
                  null);
            }
            if (!type.availableIn(Catalog.location(s.location()).orElseThrow())) {
              throw new ApiError(
                  422,
                  "invalid_server_type",
                  "server type " + type.name() + " is not available in the server's location",
                  null);
            }
            if (ServerView.status(s, tx).equals("running") || s.poweredOn()) {
              throw new ApiError(
                  422,
                  "server_not_stopped",
                  "server " + s.id() + " must be off to change its type",
                  null);
            }
            return () -> tx.putServer(s.withServerType(type.id()));
          };
        },
        false);
    simple(
        router,
        "attach_iso",
        "attach_iso",
        b -> {
          String ref =
              b.optIdOrName("iso").orElseThrow(() -> ApiError.invalidInput("iso", "is required"));
          IsosHandler.Iso iso =
              IsosHandler.byIdOrName(ref)
                  .orElseThrow(() -> ApiError.invalidInput("iso", "ISO '" + ref + "' not found"));
          return (tx, s, c) -> {
            String arch = Catalog.serverType(s.serverType()).orElseThrow().architecture();
            if (!iso.architecture().equals(arch)) {
              throw ApiError.invalidInput(
                  "iso",
                  "ISO "
                      + iso.name()
                      + " is for "
                      + iso.architecture()
                      + ", the server is "
                      + arch);
            }
            return () -> putConfig(tx, c.withIso(iso.id()));
          };
        },
        false);
    simple(
        router,
        "detach_iso",
        "detach_iso",
        b -> (tx, s, c) -> () -> putConfig(tx, c.withIso(null)),
        false);
    simple(
        router,
        "add_to_placement_group",
        "add_to_placement_group",
        b -> {
          long group = b.requireLong("placement_group");
          return (tx, s, c) -> {
            if (c.placementGroup() != null) {
              throw new ApiError(
                  422,
                  "already_in_placement_group",
                  "server " + s.id() + " is already in placement group " + c.placementGroup(),
                  null);
            }
            if (s.poweredOn()) {
              throw new ApiError(
                  422,
                  "server_not_stopped",
                  "server " + s.id() + " must be off to join a placement group",
                  null);
            }
            PlacementGroupsHandler.checkRoom(tx, group);
            return () -> putConfig(tx, c.withPlacementGroup(group));
          };
        },
        false);
    simple(
        router,
        "remove_from_placement_group",
        "remove_from_placement_group",
        b -> (tx, s, c) -> () -> putConfig(tx, c.withPlacementGroup(null)),
        false);
    simple(
        router,
        "change_protection",
        "change_protection",
        b -> {
          Optional<Boolean> delete = b.optBoolean("delete");
          Optional<Boolean> rebuild = b.optBoolean("rebuild");
          return (tx, s, c) ->
              () ->
                  putConfig(
                      tx,
                      c.withProtection(
                          delete.orElse(c.deleteProtected()),
                          rebuild.orElse(c.rebuildProtected())));
        },
        false);
    simple(
        router,
        "change_dns_ptr",
        "change_dns_ptr",
        b -> (tx, s, c) -> ServerAddresses.changeDnsPtr(tx, s, b),
        false);
    router.add(
        "POST",
        "/servers/{id}/actions/rebuild",
        req -> {
          long id = req.idParam("id", "server");
          Body b = req.json();
          String ref =
              b.optIdOrName("image")
                  .orElseThrow(() -> ApiError.invalidInput("image", "is required"));
          b.optString("user_data");
          return store.write(
              tx -> {
                ServerEntry s = ServersHandler.find(tx, id);
                ServerConfig c = ServerLinks.config(tx, id);
                if (c.rebuildProtected()) {
                  throw ApiError.protectedResource(
                      "server " + id + " is rebuild protected; change its protection first");
                }
                long image =
                    resolveImage(
                        tx, ref, Catalog.serverType(s.serverType()).orElseThrow().architecture());
                ActionEntry a =
                    actions.start(
                        tx, req, id, "rebuild_server", () -> tx.putServer(s.withImage(image)));
                JsonObject body = ActionView.wrapped(a, tx.now());
                if (s.sshKeys().isEmpty()) {
                  body.addProperty("root_password", password());
                } else {
                  body.add("root_password", JsonNull.INSTANCE);
                }
                return ApiResponse.created(body);
              });
        });
    router.add(
        "POST",
        "/servers/{id}/actions/create_image",
        req -> {
          long id = req.idParam("id", "server");
          Body b = req.json();
          String type = b.optString("type").orElse("snapshot");
          if (!type.equals("snapshot") && !type.equals("backup")) {
            throw ApiError.invalidInput("type", "must be snapshot or backup");
          }
          Optional<String> description = b.optString("description");
          Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
          return store.write(
              tx -> {
                ServerEntry s = ServersHandler.find(tx, id);
                ServerConfig c = ServerLinks.config(tx, id);
                if (type.equals("backup") && c.backupWindow() == null) {
                  throw ApiError.invalidInput("type", "server " + id + " has no backups enabled");
                }
                Catalog.ServerType st = Catalog.serverType(s.serverType()).orElseThrow();
                long imageId = tx.nextId(IdCounters.Kind.IMAGE);
                ImageEntry image =
                    new ImageEntry(
                        imageId,
                        type,
                        description.orElse(s.name() + "-" + tx.now()),
                        st.disk(),
                        1.5,
                        tx.now(),
                        s.id(),
                        s.name(),
                        type.equals("backup") ? s.id() : null,
                        osImage(tx, s.image()),
                        false,
                        labels);
                ActionEntry a =
                    actions.start(
                        tx,
                        req,
                        id,
                        "create_image",
                        List.of(new ResourceRef(imageId, "image")),
                        () -> tx.put(CloudKinds.IMAGES, image));
                JsonObject body = ActionView.wrapped(a, tx.now());
                body.add("image", ImagesHandler.toJson(image));
                return ApiResponse.created(body);
              });
        });
    router.add(
        "POST",
        "/servers/{id}/actions/attach_to_network",
        req -> {
          long id = req.idParam("id", "server");
          Body b = req.json();
          long networkId = b.requireLong("network");
          Optional<String> ip = b.optString("ip");
          Optional<String> ipRange = b.optString("ip_range");
          List<String> aliases = strings(b, "alias_ips");
          return store.write(
              tx -> {
                ServerEntry s = ServersHandler.find(tx, id);
                ServerConfig.PrivateNet added =
                    PrivateNets.plan(tx, s, networkId, ip, ipRange, aliases);
                ServerConfig c = ServerLinks.config(tx, id);
                List<ServerConfig.PrivateNet> nets = new ArrayList<>(c.privateNets());
                nets.add(added);
                ActionEntry a =
                    actions.start(
                        tx,
                        req,
                        id,
                        "attach_to_network",
                        List.of(new ResourceRef(networkId, "network")),
                        () -> putConfig(tx, c.withPrivateNets(nets)));
                return ApiResponse.created(ActionView.wrapped(a, tx.now()));
              });
        });
    router.add(
        "POST",
        "/servers/{id}/actions/detach_from_network",
        req -> {
          long id = req.idParam("id", "server");
          long networkId = req.json().requireLong("network");
          return store.write(
              tx -> {
                ServersHandler.find(tx, id);
                NetworksHandler.find(tx, networkId);
                ServerConfig c = ServerLinks.config(tx, id);
                if (c.privateNets().stream().noneMatch(p -> p.network() == networkId)) {
                  throw new ApiError(
                      422,
                      "server_not_attached_to_network",
                      "server " + id + " is not attached to network " + networkId,
                      null);
                }
                ActionEntry a =
                    actions.start(
                        tx,
                        req,
                        id,
                        "detach_from_network",
                        List.of(new ResourceRef(networkId, "network")),
                        () ->
                            putConfig(
                                tx,
                                c.withPrivateNets(
                                    c.privateNets().stream()
                                        .filter(p -> p.network() != networkId)
                                        .toList())));
                return ApiResponse.created(ActionView.wrapped(a, tx.now()));
              });
        });
    router.add(
        "POST",
        "/servers/{id}/actions/change_alias_ips",
        req -> {
          long id = req.idParam("id", "server");
          Body b = req.json();
          long networkId = b.requireLong("network");
          if (!b.hasValue("alias_ips")) {
            throw ApiError.invalidInput("alias_ips", "is required");
          }
          List<String> aliases = strings(b, "alias_ips");
          return store.write(
              tx -> {
                ServersHandler.find(tx, id);
                NetworkEntry n = NetworksHandler.find(tx, networkId);
                ServerConfig c = ServerLinks.config(tx, id);
                ServerConfig.PrivateNet p =
                    c.privateNets().stream()
                        .filter(x -> x.network() == networkId)
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new ApiError(
                                    422,
                                    "server_not_attached_to_network",
                                    "server " + id + " is not attached to network " + networkId,
                                    null));
                PrivateNets.checkAliases(tx, n, id, p.ip(), aliases);
                List<ServerConfig.PrivateNet> nets = new ArrayList<>();
                for (ServerConfig.PrivateNet x : c.privateNets()) {
                  nets.add(
                      x.network() == networkId
                          ? new ServerConfig.PrivateNet(
                              x.network(), x.ip(), aliases, x.macAddress())
                          : x);
                }
                ActionEntry a =
                    actions.start(
                        tx,
                        req,
                        id,
                        "change_alias_ips",
                        List.of(new ResourceRef(networkId, "network")),
                        () -> putConfig(tx, c.withPrivateNets(nets)));
                return ApiResponse.created(ActionView.wrapped(a, tx.now()));
              });
        });
    router.add(
        "POST",
        "/servers/{id}/actions/request_console",
        req -> {
          long id = req.idParam("id", "server");
          return store.write(
              tx -> {
                ServersHandler.find(tx, id);
                ActionEntry a = actions.start(tx, req, id, "request_console", () -> {});
                JsonObject body = ActionView.wrapped(a, tx.now());
                String password = password();
                body.addProperty(
                    "wss_url",
                    "wss://console.hzone.invalid/?server_id=" + id + "&token=" + password());
                body.addProperty("password", password);
                return ApiResponse.created(body);
              });
        });
    router.add("GET", "/servers/{id}/metrics", this::metrics);
  }

  private static List<String> strings(Body b, String field) {
    List<String> out = new ArrayList<>();
    JsonArray a = b.optArray(field).orElse(new JsonArray());
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isJsonPrimitive() || !a.get(i).getAsJsonPrimitive().isString()) {
        throw ApiError.invalidInput(field + "[" + i + "]", "must be a string");
      }
      out.add(a.get(i).getAsString());
    }
    return out;
  }

  /**
   * Registers {@code POST /servers/{id}/actions/PATH} as {@code command}; {@code parse} reads the
   * body before the write lock; {@code password} adds a new {@code root_password} to the answer.
   */
  private void simple(
      Router router, String path, String command, Function<Body, Change> parse, boolean password) {
    router.add(
        "POST",
        "/servers/{id}/actions/" + path,
        req -> {
          long id = req.idParam("id", "server");
          Change change = parse.apply(req.json());
          return store.write(
              tx -> {
                ServerEntry s = ServersHandler.find(tx, id);
                Runnable apply = change.plan(tx, s, ServerLinks.config(tx, id));
                ActionEntry a = actions.start(tx, req, id, command, apply);
                JsonObject body = ActionView.wrapped(a, tx.now());
                if (password) {
                  body.addProperty("root_password", password());
                }
                return ApiResponse.created(body);
              });
        });
  }

  static void putConfig(Transaction tx, ServerConfig c) {
    tx.put(CloudKinds.SERVER_CONFIGS, c);
  }

  /** A catalogue image (by ID, or by name for {@code arch}) or a snapshot/backup by ID. */
  static long resolveImage(dev.hzone.emulator.state.StateView tx, String ref, String arch) {
    Optional<Catalog.Image> system = Catalog.image(ref, arch);
    if (system.isPresent()) {
      if (!system.get().architecture().equals(arch)) {
        throw ApiError.invalidInput(
            "image", "image " + ref + " is for " + system.get().architecture());
      }
      return system.get().id();
    }
    if (ref.chars().allMatch(Character::isDigit)) {
      Optional<ImageEntry> own = tx.find(CloudKinds.IMAGES, Long.parseLong(ref));
      if (own.isPresent()) {
        String made = Catalog.image(own.get().osImage()).orElseThrow().architecture();
        if (!made.equals(arch)) {
          throw ApiError.invalidInput(
              "image", "image " + ref + " was made from an " + made + " server");
        }
        return own.get().id();
      }
    }
    throw ApiError.invalidInput("image", "image '" + ref + "' not found for architecture " + arch);
  }

  /** The catalogue image behind {@code image}, a catalogue image or a snapshot. */
  static long osImage(Transaction tx, long image) {
    return tx.find(CloudKinds.IMAGES, image).map(ImageEntry::osImage).orElse(image);
  }

  private String password() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
    }
    return sb.toString();
  }

  /** Metrics: {@link MetricSeries} for the series of each type asked for. */
  private ApiResponse metrics(ApiRequest req) {
    long id = req.idParam("id", "server");
    var q = req.query();
    List<String> types = new ArrayList<>();
    for (String t : q.all("type")) {
      for (String x : t.split(",")) {
        if (!List.of("cpu", "disk", "network").contains(x)) {
          throw ApiError.invalidInput("type", "'" + x + "' is not one of cpu, disk, network");
        }
        types.add(x);
      }
    }
    if (types.isEmpty()) {
      throw ApiError.invalidInput("type", "is required");
    }
    MetricSeries window = MetricSeries.window(q);
    return store.read(
        v -> {
          ServersHandler.find(v, id);
          List<String> series = new ArrayList<>();
          if (types.contains("cpu")) {
            series.add("cpu");
          }
          if (types.contains("disk")) {
            series.addAll(
                List.of(
                    "disk.0.iops.read",
                    "disk.0.iops.write",
                    "disk.0.bandwidth.read",
                    "disk.0.bandwidth.write"));
          }
          if (types.contains("network")) {
            series.addAll(
                List.of(
                    "network.0.pps.in",
                    "network.0.pps.out",
                    "network.0.bandwidth.in",
                    "network.0.bandwidth.out"));
          }
          return ApiResponse.ok(Json.wrap("metrics", window.json(id, series)));
        });
  }
}
