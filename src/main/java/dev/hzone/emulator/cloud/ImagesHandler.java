package dev.hzone.emulator.cloud;

import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.ImageEntry;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /images}: the catalogue's system images, one per operating system release and
 * architecture, and the snapshots and backups that servers' {@code create_image} made (filters
 * {@code type}, {@code status}, {@code bound_to}, {@code include_deprecated}, {@code name}, {@code
 * label_selector}, {@code architecture}; sort {@code id|name|created}). Snapshots and backups can
 * be updated (description, labels, a backup turned into a snapshot), protected and deleted; system
 * images cannot.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#images">Images</a>
 */
public final class ImagesHandler {
  private final StateStore store;
  private final ResourceActions actions;

  public ImagesHandler(StateStore store, Actions actions) {
    this.store = store;
    this.actions = new ResourceActions(store, actions, "images", "image");
  }

  /** An image as the list sorts and filters it: a catalogue image or a stored one. */
  private record Row(
      long id,
      String type,
      String name,
      Instant created,
      String architecture,
      Long boundTo,
      Map<String, String> labels,
      JsonObject json) {}

  public void register(Router router) {
    router.add("GET", "/images", this::list);
    router.add(
        "GET",
        "/images/{id}",
        req -> {
          long id = req.idParam("id", "image");
          Optional<Catalog.Image> system = Catalog.image(id);
          if (system.isPresent()) {
            return ApiResponse.ok(Json.wrap("image", CatalogView.image(system.get())));
          }
          return store.read(v -> ApiResponse.ok(Json.wrap("image", toJson(find(v, id)))));
        });
    router.add("PUT", "/images/{id}", this::update);
    router.add(
        "DELETE",
        "/images/{id}",
        req -> {
          long id = req.idParam("id", "image");
          return store.write(
              tx -> {
                ImageEntry i = find(tx, id);
                ResourceActions.refuseIfDeleteProtected(i.deleteProtected(), "image", id);
                tx.remove(CloudKinds.IMAGES, id);
                return ApiResponse.noContent();
              });
        });
    actions.registerLists(router, ImagesHandler::find);
    actions.registerChangeProtection(
        router,
        (tx, id, delete) -> {
          ImageEntry i = find(tx, id);
          return () -> tx.put(CloudKinds.IMAGES, i.withDeleteProtected(delete));
        });
  }

  /** A snapshot or backup; system images are not found here (they cannot change). */
  static ImageEntry find(StateView v, long id) {
    return v.find(CloudKinds.IMAGES, id)
        .orElseThrow(
            () ->
                Catalog.image(id).isPresent()
                    ? new ApiError(
                        422,
                        "invalid_input",
                        "image " + id + " is a system image and cannot be changed",
                        null)
                    : ApiError.notFound("image with ID " + id + " not found"));
  }

  static JsonObject toJson(ImageEntry i) {
    Catalog.Image os = Catalog.image(i.osImage()).orElseThrow();
    JsonObject o = CatalogView.image(os);
    o.addProperty("id", i.id());
    o.addProperty("type", i.type());
    o.add("name", com.google.gson.JsonNull.INSTANCE);
    o.addProperty("description", i.description());
    o.addProperty("image_size", i.imageSize());
    o.addProperty("disk_size", i.diskSize());
    o.add("created", Json.time(i.created()));
    JsonObject from = new JsonObject();
    from.addProperty("id", i.createdFromId());
    from.addProperty("name", i.createdFromName());
    o.add("created_from", from);
    o.add(
        "bound_to",
        i.boundTo() == null
            ? com.google.gson.JsonNull.INSTANCE
            : new com.google.gson.JsonPrimitive(i.boundTo()));
    o.addProperty("rapid_deploy", false);
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", i.deleteProtected());
    o.add("protection", protection);
    o.add("labels", Json.labels(i.labels()));
    return o;
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    // hcloud image list --type snapshot,backup sends one comma-separated value (hetznercloud/cli
    // 1.30).
    List<String> types = new ArrayList<>();
    for (String t : q.all("type")) {
      for (String x : t.split(",")) {
        if (!List.of("system", "app", "snapshot", "backup").contains(x)) {
          throw ApiError.invalidInput(
              "type", "'" + x + "' is not one of system, app, snapshot, backup");
        }
        types.add(x);
      }
    }
    List<String> statuses = q.enumValues("status", List.of("available", "creating", "unavailable"));
    List<Long> boundTo = q.ids("bound_to");
    q.bool("include_deprecated", false);
    Optional<String> name = q.first("name");
    List<String> arch = q.enumValues("architecture", List.of("x86", "arm"));
    LabelSelector selector = LabelSelector.of(q);
    return store.read(
        v -> {
          List<Row> rows = new ArrayList<>();
          for (Catalog.Image i : Catalog.IMAGES) {
            rows.add(
                new Row(
                    i.id(),
                    "system",
                    i.name(),
                    i.created(),
                    i.architecture(),
                    null,
                    Map.of(),
                    CatalogView.image(i)));
          }
          for (ImageEntry i : v.all(CloudKinds.IMAGES)) {
            rows.add(
                new Row(
                    i.id(),
                    i.type(),
                    "",
                    i.created(),
                    Catalog.image(i.osImage()).orElseThrow().architecture(),
                    i.boundTo(),
                    i.labels(),
                    toJson(i)));
          }
          List<Row> out = new ArrayList<>();
          for (Row r : rows) {
            boolean keep =
                (types.isEmpty() || types.contains(r.type()))
                    && (statuses.isEmpty() || statuses.contains("available"))
                    && (boundTo.isEmpty() || (r.boundTo() != null && boundTo.contains(r.boundTo())))
                    && (name.isEmpty() || name.get().equals(r.name()))
                    && (arch.isEmpty() || arch.contains(r.architecture()))
                    && selector.test(r.labels());
            if (keep) {
              out.add(r);
            }
          }
          out.sort(
              Sorting.of(
                  q,
                  Map.of(
                      "id", Comparator.comparingLong(Row::id),
                      "name", Comparator.comparing(Row::name),
                      "created", Comparator.comparing(Row::created)),
                  Comparator.comparingLong(Row::id)));
          return Page.of(out, q, Page.MAX_PER_PAGE).respond("images", Row::json, req);
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "image");
    Body b = req.json();
    Optional<String> description = b.optString("description");
    Optional<String> type = b.optString("type");
    if (type.isPresent() && !type.get().equals("snapshot")) {
      throw ApiError.invalidInput("type", "can only be changed to snapshot");
    }
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return store.write(
        tx -> {
          ImageEntry i = find(tx, id);
          ImageEntry updated =
              i.withUpdate(
                  type.orElse(i.type()),
                  description.orElse(i.description()),
                  labels.orElse(i.labels()));
          tx.put(CloudKinds.IMAGES, updated);
          return ApiResponse.ok(Json.wrap("image", toJson(updated)));
        });
  }
}
