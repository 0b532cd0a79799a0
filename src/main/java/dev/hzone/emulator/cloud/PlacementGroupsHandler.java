package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.PlacementGroupEntry;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Router;
import java.util.List;
import java.util.Map;

/**
 * {@code /placement_groups} of type {@code spread}: create (answers {@code action: null}, as the
 * API does), list (filters {@code name}, {@code label_selector}, {@code type}), get, update, delete
 * (refused while servers are in it). Servers join with {@code add_to_placement_group} or at
 * creation; a spread group holds at most {@link #MAX_SERVERS}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#placement-groups">Placement Groups</a>
 */
public final class PlacementGroupsHandler {
  /** Spread groups place each server on its own host; Hetzner allows 10 per group. */
  static final int MAX_SERVERS = 10;

  private final StateStore store;

  public PlacementGroupsHandler(StateStore store) {
    this.store = store;
  }

  public void register(Router router) {
    router.add(
        "GET",
        "/placement_groups",
        req -> {
          List<String> types = req.query().enumValues("type", List.of("spread"));
          return store.read(
              v ->
                  CloudLists.list(
                      req,
                      "placement_groups",
                      v.all(CloudKinds.PLACEMENT_GROUPS),
                      new CloudLists.Fields<>(
                          PlacementGroupEntry::id,
                          PlacementGroupEntry::name,
                          PlacementGroupEntry::labels,
                          PlacementGroupEntry::created),
                      g -> types.isEmpty() || types.contains(g.type()),
                      g -> toJson(g, v)));
        });
    router.add("POST", "/placement_groups", this::create);
    router.add(
        "GET",
        "/placement_groups/{id}",
        req ->
            store.read(
                v ->
                    ApiResponse.ok(
                        Json.wrap(
                            "placement_group",
                            toJson(find(v, req.idParam("id", "placement group")), v)))));
    router.add("PUT", "/placement_groups/{id}", this::update);
    router.add(
        "DELETE",
        "/placement_groups/{id}",
        req -> {
          long id = req.idParam("id", "placement group");
          return store.write(
              tx -> {
                find(tx, id);
                if (!servers(tx, id).isEmpty()) {
                  throw new ApiError(
                      422,
                      "resource_in_use",
                      "placement group "
                          + id
                          + " still has servers "
                          + servers(tx, id)
                          + "; remove them first",
                      null);
                }
                tx.remove(CloudKinds.PLACEMENT_GROUPS, id);
                return ApiResponse.noContent();
              });
        });
  }

  static PlacementGroupEntry find(StateView v, long id) {
    return v.find(CloudKinds.PLACEMENT_GROUPS, id)
        .orElseThrow(() -> ApiError.notFound("placement group with ID " + id + " not found"));
  }

  static List<Long> servers(StateView v, long id) {
    return v.all(CloudKinds.SERVER_CONFIGS).stream()
        .filter(c -> c.placementGroup() != null && c.placementGroup() == id)
        .map(ServerConfig::server)
        .toList();
  }

  /** Refuses a server joining {@code id} when it is full. */
  static void checkRoom(StateView v, long id) {
    find(v, id);
    if (servers(v, id).size() >= MAX_SERVERS) {
      throw new ApiError(
          422,
          "placement_error",
          "placement group "
              + id
              + " already holds "
              + MAX_SERVERS
              + " servers, the most a spread group can",
          null);
    }
  }

  static JsonObject toJson(PlacementGroupEntry g, StateView v) {
    JsonObject o = new JsonObject();
    o.addProperty("id", g.id());
    o.addProperty("name", g.name());
    o.add("labels", Json.labels(g.labels()));
    o.addProperty("type", g.type());
    o.add("created", Json.time(g.created()));
    JsonArray servers = Json.longs(servers(v, g.id()));
    o.add("servers", servers);
    return o;
  }

  private static String checkName(String name) {
    if (name.isEmpty() || name.length() > 128) {
      throw ApiError.invalidInput("name", "must be 1 to 128 characters");
    }
    return name;
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = checkName(b.requireString("name"));
    String type = b.requireString("type");
    if (!type.equals("spread")) {
      throw ApiError.invalidInput("type", "must be spread");
    }
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    return store.write(
        tx -> {
          UniqueNames.check(
              tx,
              CloudKinds.PLACEMENT_GROUPS,
              PlacementGroupEntry::name,
              name,
              UniqueNames.NEW,
              "placement group");
          PlacementGroupEntry g =
              new PlacementGroupEntry(
                  tx.nextId(IdCounters.Kind.PLACEMENT_GROUP), name, type, labels, tx.now());
          tx.put(CloudKinds.PLACEMENT_GROUPS, g);
          JsonObject body = Json.wrap("placement_group", toJson(g, tx));
          body.add("action", com.google.gson.JsonNull.INSTANCE);
          return ApiResponse.created(body);
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "placement group");
    NameAndLabels u = NameAndLabels.read(req.json(), PlacementGroupsHandler::checkName);
    return store.write(
        tx -> {
          PlacementGroupEntry g = find(tx, id);
          u.checkUnique(
              tx, CloudKinds.PLACEMENT_GROUPS, PlacementGroupEntry::name, id, "placement group");
          PlacementGroupEntry updated =
              g.withNameAndLabels(u.nameOr(g.name()), u.labelsOr(g.labels()));
          tx.put(CloudKinds.PLACEMENT_GROUPS, updated);
          return ApiResponse.ok(Json.wrap("placement_group", toJson(updated, tx)));
        });
  }
}
