package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.actions.ActionLists;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.PrimaryNameserver;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ZoneEntry;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Router;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Zone actions ({@code import_zonefile}, {@code change_ttl}, {@code change_protection}, {@code
 * change_primary_nameservers}) and the zone action lists.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zone-actions">Zone actions</a>
 */
final class ZoneActionsHandler {
  private final ZoneChanges changes;
  private final ZoneFileImport importer;

  ZoneActionsHandler(ZoneChanges changes, ZoneFileImport importer) {
    this.changes = changes;
    this.importer = importer;
  }

  void register(Router router) {
    router.add("POST", "/zones/{id_or_name}/actions/import_zonefile", this::importZonefile);
    router.add("POST", "/zones/{id_or_name}/actions/change_ttl", this::changeTtl);
    router.add("POST", "/zones/{id_or_name}/actions/change_protection", this::changeProtection);
    router.add(
        "POST", "/zones/{id_or_name}/actions/change_primary_nameservers", this::changePrimaries);
    router.add("GET", "/zones/actions", this::listAll);
    router.add("GET", "/zones/actions/{id}", this::getOne);
    router.add("GET", "/zones/{id_or_name}/actions", this::listOfZone);
    router.add("GET", "/zones/{id_or_name}/actions/{action_id}", this::getOfZone);
  }

  private ApiResponse importZonefile(ApiRequest req) {
    Body b = req.json();
    String text = b.requireString("zonefile");
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneChanges.requirePrimary(z);
              for (Rrset r : z.data().rrsets().values()) {
                if (r.changeProtected()) {
                  throw ApiError.protectedResource(
                      "RRSet "
                          + r.key().id()
                          + " is change protected;"
                          + " an import would replace it");
                }
              }
              ZoneData imported =
                  importer.read(
                      text,
                      z.name(),
                      OptionalInt.of(z.ttl()),
                      ZoneChanges.today(tx),
                      "zonefile",
                      changes.assigned(z.name()),
                      false);
              ActionEntry a =
                  changes.commitData(
                      tx, z, imported, "import_zonefile", Optional.empty(), req.actionFails());
              return ApiResponse.created(ActionView.wrapped(a, tx.now()));
            });
  }

  private ApiResponse changeTtl(ApiRequest req) {
    Body b = req.json();
    int ttl = Inputs.checkTtl(b.requireLong("ttl"), "ttl");
    return changes
        .store()
        .write(
            tx -> {
              // Secondary zones change their TTL too (ledger L-SECONDARY-TTL).
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ActionEntry a =
                  changes.commitData(
                      tx,
                      z,
                      z.data().withDefaultTtl(OptionalInt.of(ttl)),
                      "change_ttl",
                      Optional.empty(),
                      req.actionFails());
              return ApiResponse.created(ActionView.wrapped(a, tx.now()));
            });
  }

  private ApiResponse changeProtection(ApiRequest req) {
    Optional<Boolean> delete = req.json().optBoolean("delete");
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneEntry changed = delete.map(z::withDeleteProtected).orElse(z);
              ActionEntry a =
                  changes.commitEntry(tx, z, changed, "change_protection", req.actionFails());
              return ApiResponse.created(ActionView.wrapped(a, tx.now()));
            });
  }

  private ApiResponse changePrimaries(ApiRequest req) {
    Body b = req.json();
    return changes
        .store()
        .write(
            tx -> {
              ZoneEntry z = ZoneChanges.find(tx, req.param("id_or_name"));
              ZoneChanges.requireSecondary(z);
              List<PrimaryNameserver> primaries = PrimaryNameservers.read(b, "primary_nameservers");
              ActionEntry a =
                  changes.commitEntry(
                      tx,
                      z,
                      z.withPrimaryNameservers(primaries),
                      "change_primary_nameservers",
                      req.actionFails());
              return ApiResponse.created(ActionView.wrapped(a, tx.now()));
            });
  }

  private ApiResponse listAll(ApiRequest req) {
    return changes
        .store()
        .read(
            v ->
                ActionLists.list(
                    v.actions().stream().filter(a -> a.resourceType().equals("zone")).toList(),
                    req,
                    v,
                    true));
  }

  private ApiResponse getOne(ApiRequest req) {
    long id = req.idParam("id", "action");
    return changes.store().read(v -> ActionLists.one(v, id, "zone"));
  }

  private ApiResponse listOfZone(ApiRequest req) {
    return changes
        .store()
        .read(
            v -> {
              ZoneEntry z = ZoneChanges.find(v, req.param("id_or_name"));
              return ActionLists.list(v.actionsOf(ResourceRef.zone(z.id())), req, v, false);
            });
  }

  private ApiResponse getOfZone(ApiRequest req) {
    long id = req.idParam("action_id", "action");
    return changes
        .store()
        .read(
            v -> {
              ZoneEntry z = ZoneChanges.find(v, req.param("id_or_name"));
              ActionEntry a =
                  v.action(id)
                      .filter(x -> x.concerns(ResourceRef.zone(z.id())))
                      .orElseThrow(
                          () ->
                              ApiError.notFound(
                                  "action with ID " + id + " not found for zone " + z.name()));
              return ApiResponse.ok(ActionView.wrapped(a, v.now()));
            });
  }
}
