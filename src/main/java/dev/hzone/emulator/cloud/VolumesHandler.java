package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.state.VolumeEntry;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Router;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /volumes}: create (in a location, or attached at once to a server, then in the server's
 * location), list (filters {@code name}, {@code label_selector}, {@code status}), get, update name
 * and labels, delete (refused while attached or protected), and the actions {@code attach}, {@code
 * detach}, {@code resize} (only larger, at most 10,240 GB) and {@code change_protection}. A
 * server's volumes are detached when it is deleted.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#volumes">Volumes</a>
 */
public final class VolumesHandler {
  static final int MIN_SIZE = 10;
  static final int MAX_SIZE = 10_240;
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9._-]{0,62})");

  private final StateStore store;
  private final ResourceActions actions;

  public VolumesHandler(StateStore store, Actions actions) {
    this.store = store;
    this.actions = new ResourceActions(store, actions, "volumes", "volume");
  }

  public void register(Router router) {
    router.add("GET", "/volumes", this::list);
    router.add("POST", "/volumes", this::create);
    router.add(
        "GET",
        "/volumes/{id}",
        req ->
            store.read(
                v ->
                    ApiResponse.ok(
                        Json.wrap("volume", toJson(find(v, req.idParam("id", "volume")))))));
    router.add("PUT", "/volumes/{id}", this::update);
    router.add("DELETE", "/volumes/{id}", this::delete);
    actions.registerLists(router, VolumesHandler::find);
    router.add("POST", "/volumes/{id}/actions/attach", this::attach);
    router.add("POST", "/volumes/{id}/actions/detach", this::detach);
    router.add("POST", "/volumes/{id}/actions/resize", this::resize);
    actions.registerChangeProtection(
        router,
        (tx, id, delete) -> {
          VolumeEntry vol = find(tx, id);
          return () -> tx.put(CloudKinds.VOLUMES, vol.withDeleteProtected(delete));
        });
  }

  static VolumeEntry find(StateView v, long id) {
    return v.find(CloudKinds.VOLUMES, id)
        .orElseThrow(() -> ApiError.notFound("volume with ID " + id + " not found"));
  }

  static JsonObject toJson(VolumeEntry vol) {
    JsonObject o = new JsonObject();
    o.addProperty("id", vol.id());
    o.add("created", Json.time(vol.created()));
    o.addProperty("name", vol.name());
    o.add(
        "server",
        vol.server() == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(vol.server()));
    o.add("location", CatalogView.location(Catalog.location(vol.location()).orElseThrow()));
    o.addProperty("size", vol.size());
    o.addProperty("linux_device", "/dev/disk/by-id/scsi-0HC_Volume_" + vol.id());
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", vol.deleteProtected());
    o.add("protection", protection);
    o.add("labels", Json.labels(vol.labels()));
    o.addProperty("status", "available");
    o.add(
        "format",
        vol.format() == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(vol.format()));
    return o;
  }

  private ApiResponse list(ApiRequest req) {
    List<String> statuses = req.query().enumValues("status", List.of("available", "creating"));
    return store.read(
        v ->
            CloudLists.list(
                req,
                "volumes",
                v.all(CloudKinds.VOLUMES),
                new CloudLists.Fields<>(
                    VolumeEntry::id, VolumeEntry::name, VolumeEntry::labels, VolumeEntry::created),
                vol -> statuses.isEmpty() || statuses.contains("available"),
                VolumesHandler::toJson));
  }

  private static String checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw ApiError.invalidInput(
          "name",
          "'"
              + name
              + "' is not a valid volume name (letters, digits, '.', '_',"
              + " '-'; at most 64 characters)");
    }
    return name;
  }

  private static long checkSize(long size) {
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw ApiError.invalidInput(
          "size", "must be between " + MIN_SIZE + " and " + MAX_SIZE + " GB");
    }
    return size;
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = checkName(b.requireString("name"));
    long size = checkSize(b.requireLong("size"));
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    Optional<String> format = b.optString("format");
    format.ifPresent(
        f -> {
          if (!f.equals("ext4") && !f.equals("xfs")) {
            throw ApiError.invalidInput("format", "must be ext4 or xfs");
          }
        });
    boolean automount = b.optBoolean("automount").orElse(false);
    Optional<Catalog.Location> location =
        b.optIdOrName("location")
            .map(
                ref ->
                    Catalog.location(ref)
                        .orElseThrow(
                            () ->
                                ApiError.invalidInput(
                                    "location", "location '" + ref + "' not found")));
    java.util.OptionalLong serverId = b.optLong("server");
    if (location.isPresent() == serverId.isPresent()) {
      throw ApiError.invalidInput(
          "location", "give either a location or a server, not both or neither");
    }
    if (automount && serverId.isEmpty()) {
      throw ApiError.invalidInput("automount", "needs a server");
    }
    return store.write(
        tx -> {
          UniqueNames.check(
              tx, CloudKinds.VOLUMES, VolumeEntry::name, name, UniqueNames.NEW, "volume");
          long loc;
          Optional<ServerEntry> server = Optional.empty();
          if (serverId.isPresent()) {
            server =
                Optional.of(
                    tx.server(serverId.getAsLong())
                        .orElseThrow(
                            () ->
                                ApiError.invalidInput(
                                    "server",
                                    "server with ID " + serverId.getAsLong() + " not found")));
            loc = server.get().location();
          } else {
            loc = location.get().id();
          }
          long id = tx.nextId(IdCounters.Kind.VOLUME);
          VolumeEntry vol =
              new VolumeEntry(
                  id, name, size, loc, null, format.orElse(null), false, labels, tx.now());
          ActionEntry create =
              actions.start(tx, req, id, "create_volume", () -> tx.put(CloudKinds.VOLUMES, vol));
          JsonArray next = new JsonArray();
          if (server.isPresent() && !req.actionFails()) {
            long sid = server.get().id();
            next.add(
                ActionView.toJson(
                    actions.follow(
                        tx,
                        req,
                        id,
                        "attach_volume",
                        List.of(ResourceRef.server(sid)),
                        () -> tx.put(CloudKinds.VOLUMES, vol.withServer(sid))),
                    tx.now()));
          }
          JsonObject body = new JsonObject();
          body.add("volume", toJson(tx.find(CloudKinds.VOLUMES, id).orElse(vol)));
          body.add("action", ActionView.toJson(create, tx.now()));
          body.add("next_actions", next);
          return ApiResponse.created(body);
        });
  }

  private ActionEntry attachAction(Transaction tx, ApiRequest req, VolumeEntry vol, long serverId) {
    return actions.start(
        tx,
        req,
        vol.id(),
        "attach_volume",
        List.of(ResourceRef.server(serverId)),
        () ->
            tx.put(
                CloudKinds.VOLUMES,
                tx.find(CloudKinds.VOLUMES, vol.id()).orElse(vol).withServer(serverId)));
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "volume");
    NameAndLabels u = NameAndLabels.read(req.json(), VolumesHandler::checkName);
    return store.write(
        tx -> {
          VolumeEntry vol = find(tx, id);
          u.checkUnique(tx, CloudKinds.VOLUMES, VolumeEntry::name, id, "volume");
          VolumeEntry updated =
              vol.withNameAndLabels(u.nameOr(vol.name()), u.labelsOr(vol.labels()));
          tx.put(CloudKinds.VOLUMES, updated);
          return ApiResponse.ok(Json.wrap("volume", toJson(updated)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "volume");
    return store.write(
        tx -> {
          VolumeEntry vol = find(tx, id);
          ResourceActions.refuseIfDeleteProtected(vol.deleteProtected(), "volume", id);
          if (vol.server() != null) {
            throw new ApiError(
                422,
                "resource_in_use",
                "volume " + id + " is attached to server " + vol.server() + "; detach it first",
                null);
          }
          tx.remove(CloudKinds.VOLUMES, id);
          return ApiResponse.noContent();
        });
  }

  private ApiResponse attach(ApiRequest req) {
    long id = req.idParam("id", "volume");
    Body b = req.json();
    long serverId = b.requireLong("server");
    b.optBoolean("automount");
    return store.write(
        tx -> {
          VolumeEntry vol = find(tx, id);
          ServerEntry s =
              tx.server(serverId)
                  .orElseThrow(
                      () ->
                          ApiError.invalidInput(
                              "server", "server with ID " + serverId + " not found"));
          if (vol.server() != null) {
            throw new ApiError(
                422,
                "volume_already_attached",
                "volume " + id + " is already attached to server " + vol.server(),
                null);
          }
          if (s.location() != vol.location()) {
            throw ApiError.invalidInput(
                "server", "server " + serverId + " is in another location than volume " + id);
          }
          return ApiResponse.created(
              ActionView.wrapped(attachAction(tx, req, vol, serverId), tx.now()));
        });
  }

  private ApiResponse detach(ApiRequest req) {
    long id = req.idParam("id", "volume");
    return store.write(
        tx -> {
          VolumeEntry vol = find(tx, id);
          if (vol.server() == null) {
            throw new ApiError(
                422, "volume_not_attached", "volume " + id + " is not attached", null);
          }
          ActionEntry a =
              actions.start(
                  tx,
                  req,
                  id,
                  "detach_volume",
                  List.of(ResourceRef.server(vol.server())),
                  () -> tx.put(CloudKinds.VOLUMES, vol.withServer(null)));
          return ApiResponse.created(ActionView.wrapped(a, tx.now()));
        });
  }

  private ApiResponse resize(ApiRequest req) {
    long id = req.idParam("id", "volume");
    long size = req.json().requireLong("size");
    return store.write(
        tx -> {
          VolumeEntry vol = find(tx, id);
          if (size <= vol.size()) {
            throw ApiError.invalidInput(
                "size",
                "must be larger than the current size of "
                    + vol.size()
                    + " GB (volumes only grow)");
          }
          checkSize(size);
          return actions.respond(
              tx, req, id, "resize_volume", () -> tx.put(CloudKinds.VOLUMES, vol.withSize(size)));
        });
  }
}
