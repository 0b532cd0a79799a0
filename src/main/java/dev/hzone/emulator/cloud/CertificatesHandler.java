package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CertificateEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.state.ZoneEntry;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /certificates}: upload (PEM chain and private key, read by {@link CertificatePem}),
 * managed certificates, list (filters {@code name}, {@code label_selector}, {@code type}; sort
 * {@code id|name|created}), get, update (name, labels), delete (refused with {@code service_error}
 * while a load balancer uses it), and {@code retry}. {@code used_by} lists the load balancers whose
 * {@code https} services use the certificate.
 *
 * <p>A managed certificate is issued through the emulator's own DNS: its issuance ({@code
 * create_certificate}, then {@code issue_certificate} on retry) runs as an action and completes
 * when every domain lies in a primary zone of the emulator; otherwise it fails with {@code
 * dns_zone_not_found} or {@code dns_zone_is_secondary_zone} (codes from openapi.json's retry
 * operation). The emulator signs nothing: an issued managed certificate has its validity (90 days,
 * as Let's Encrypt's) but no PEM and no fingerprint.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#certificates">Certificates</a>
 */
public final class CertificatesHandler {
  private static final Duration VALIDITY = Duration.ofDays(90);

  private final StateStore store;
  private final ResourceRoutes routes;

  public CertificatesHandler(StateStore store, Actions actions) {
    this.store = store;
    this.routes =
        new ResourceRoutes(
            store,
            actions,
            "certificates",
            "certificate",
            "Certificate",
            (v, id) -> v.find(CloudKinds.CERTIFICATES, id).isPresent());
  }

  public void register(Router router) {
    router.add("GET", "/certificates", this::list);
    router.add("POST", "/certificates", this::create);
    router.add("GET", "/certificates/{id}", this::get);
    router.add("PUT", "/certificates/{id}", this::update);
    router.add("DELETE", "/certificates/{id}", this::delete);
    routes.registerActionLists(router);
    router.add("POST", "/certificates/{id}/actions/retry", this::retry);
  }

  static CertificateEntry find(StateView v, long id) {
    return v.find(CloudKinds.CERTIFICATES, id)
        .orElseThrow(() -> ApiError.notFound("Certificate with ID " + id + " not found"));
  }

  static JsonObject toJson(CertificateEntry c, StateView v) {
    JsonObject o = new JsonObject();
    o.addProperty("id", c.id());
    o.addProperty("name", c.name());
    o.add("labels", Json.labels(c.labels()));
    o.addProperty("type", c.type());
    boolean issued = c.issuance().map(i -> i.status(v.now()).equals("completed")).orElse(true);
    o.add("certificate", Json.stringOrNull(issued ? c.certificate() : Optional.empty()));
    o.add("created", Json.time(c.created()));
    o.add("not_valid_before", issued ? Json.timeOrNull(c.notValidBefore()) : JsonNull.INSTANCE);
    o.add("not_valid_after", issued ? Json.timeOrNull(c.notValidAfter()) : JsonNull.INSTANCE);
    o.add("domain_names", Json.strings(c.domainNames()));
    o.add("fingerprint", Json.stringOrNull(issued ? c.fingerprint() : Optional.empty()));
    o.add(
        "status",
        c.issuance()
            .<JsonElement>map(
                i -> {
                  JsonObject s = new JsonObject();
                  String status = i.status(v.now());
                  s.addProperty("issuance", status);
                  s.addProperty("renewal", "unavailable");
                  s.add(
                      "error",
                      status.equals("failed")
                          ? i.error()
                              .<JsonElement>map(
                                  e -> {
                                    JsonObject err = new JsonObject();
                                    err.addProperty("code", e.code());
                                    err.addProperty("message", e.message());
                                    return err;
                                  })
                              .orElse(JsonNull.INSTANCE)
                          : JsonNull.INSTANCE);
                  return s;
                })
            .orElse(JsonNull.INSTANCE));
    JsonArray usedBy = new JsonArray();
    for (LoadBalancerEntry lb : usedBy(v, c.id())) {
      JsonObject u = new JsonObject();
      u.addProperty("id", lb.id());
      u.addProperty("type", "load_balancer");
      usedBy.add(u);
    }
    o.add("used_by", usedBy);
    return o;
  }

  /** The load balancers with an {@code https} service that uses the certificate {@code id}. */
  private static List<LoadBalancerEntry> usedBy(StateView v, long id) {
    List<LoadBalancerEntry> out = new ArrayList<>();
    for (LoadBalancerEntry lb : v.all(CloudKinds.LOAD_BALANCERS)) {
      if (lb.services().stream()
          .anyMatch(s -> s.http().map(h -> h.certificates().contains(id)).orElse(false))) {
        out.add(lb);
      }
    }
    return out;
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    List<String> types = q.enumValues("type", List.of("uploaded", "managed"));
    LabelSelector selector = LabelSelector.of(q);
    Comparator<CertificateEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(CertificateEntry::id),
                "name", Comparator.comparing(CertificateEntry::name),
                "created", Comparator.comparing(CertificateEntry::created)),
            Comparator.comparingLong(CertificateEntry::id));
    return store.read(
        v -> {
          List<CertificateEntry> out = new ArrayList<>();
          for (CertificateEntry c : v.all(CloudKinds.CERTIFICATES)) {
            if ((name.isEmpty() || name.get().equals(c.name()))
                && (types.isEmpty() || types.contains(c.type()))
                && selector.test(c.labels())) {
              out.add(c);
            }
          }
          out.sort(order);
          return Page.of(out, q, Page.MAX_PER_PAGE).respond("certificates", c -> toJson(c, v), req);
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "Certificate");
    return store.read(v -> ApiResponse.ok(Json.wrap("certificate", toJson(find(v, id), v))));
  }

  private static void checkUnique(StateView v, String name, long self) {
    UniqueNames.check(
        v, CloudKinds.CERTIFICATES, CertificateEntry::name, name, self, "certificate");
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = PrimaryIpsHandler.checkName(b.requireString("name"));
    String type = b.optString("type").orElse("uploaded");
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    if (type.equals("uploaded")) {
      CertificatePem pem =
          CertificatePem.parse(b.requireString("certificate"), b.requireString("private_key"));
      return store.write(
          tx -> {
            checkUnique(tx, name, 0);
            CertificateEntry c =
                new CertificateEntry(
                    tx.nextId(IdCounters.Kind.CERTIFICATE),
                    name,
                    "uploaded",
                    Optional.of(pem.pem()),
                    Optional.of(pem.notValidBefore()),
                    Optional.of(pem.notValidAfter()),
                    pem.domainNames(),
                    Optional.of(pem.fingerprint()),
                    Optional.empty(),
                    labels,
                    tx.now());
            tx.put(CloudKinds.CERTIFICATES, c);
            JsonObject body = new JsonObject();
            body.add("certificate", toJson(c, tx));
            body.add("action", JsonNull.INSTANCE);
            return ApiResponse.created(body);
          });
    }
    if (!type.equals("managed")) {
      throw ApiError.invalidInput("type", "must be uploaded or managed");
    }
    List<String> domains = new ArrayList<>();
    for (String d : b.idsOrNames("domain_names")) {
      domains.add(d.toLowerCase(Locale.ROOT));
    }
    if (domains.isEmpty()) {
      throw ApiError.invalidInput(
          "domain_names", "a managed certificate needs at least one domain name");
    }
    return store.write(
        tx -> {
          checkUnique(tx, name, 0);
          long id = tx.nextId(IdCounters.Kind.CERTIFICATE);
          CertificateEntry pending =
              new CertificateEntry(
                  id,
                  name,
                  "managed",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  domains,
                  Optional.empty(),
                  Optional.empty(),
                  labels,
                  tx.now());
          ActionEntry a = issue(tx, pending, "create_certificate", req.actionFails());
          JsonObject body = new JsonObject();
          body.add("certificate", toJson(find(tx, id), tx));
          body.add("action", ActionView.toJson(a, tx.now()));
          return ApiResponse.created(body);
        });
  }

  /**
   * Starts issuing {@code c}: the action fails, and the certificate with it, unless every domain
   * lies in a primary zone of the emulator.
   */
  private ActionEntry issue(Transaction tx, CertificateEntry c, String command, boolean fails) {
    Optional<ActionEntry.Failure> why =
        fails
            ? Optional.of(new ActionEntry.Failure("action_failed", "Action failed"))
            : zoneProblem(tx, c.domainNames());
    ActionEntry a =
        new ActionEntry(
            tx.nextActionId(),
            command,
            List.of(routes.ref(c.id())),
            tx.now(),
            tx.now().plus(routes.actions().duration()),
            why,
            Optional.empty());
    tx.putAction(a);
    CertificateEntry.Issuance issuance = new CertificateEntry.Issuance(a.finishes(), why);
    tx.put(
        CloudKinds.CERTIFICATES,
        why.isPresent()
            ? c.withIssued(
                issuance, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
            : c.withIssued(
                issuance,
                Optional.empty(),
                Optional.of(a.finishes()),
                Optional.of(a.finishes().plus(VALIDITY)),
                Optional.empty()));
    return a;
  }

  /** Why the emulator cannot validate {@code domains} through its own zones, if it cannot. */
  static Optional<ActionEntry.Failure> zoneProblem(StateView v, List<String> domains) {
    for (String d : domains) {
      String name = d.startsWith("*.") ? d.substring(2) : d;
      Optional<ZoneEntry> zone = Optional.empty();
      for (String n = name;
          !n.isEmpty();
          n = n.contains(".") ? n.substring(n.indexOf('.') + 1) : "") {
        zone = v.zoneByName(n);
        if (zone.isPresent()) {
          break;
        }
      }
      if (zone.isEmpty()) {
        return Optional.of(
            new ActionEntry.Failure("dns_zone_not_found", "DNS zone not found for " + d));
      }
      if (!zone.get().isPrimary()) {
        return Optional.of(
            new ActionEntry.Failure(
                "dns_zone_is_secondary_zone",
                "DNS zone " + zone.get().name() + " of " + d + " is a secondary zone"));
      }
    }
    return Optional.empty();
  }

  private ApiResponse retry(ApiRequest req) {
    long id = req.idParam("id", "Certificate");
    return store.write(
        tx -> {
          CertificateEntry c = find(tx, id);
          routes.actions().checkNotLocked(tx, routes.ref(id), Optional.empty());
          if (!c.issuance().map(i -> i.status(tx.now()).equals("failed")).orElse(false)) {
            throw ResourceRoutes.unprocessable(
                "unsupported_error",
                "only a managed certificate whose issuance " + "failed can be retried");
          }
          ActionEntry a = issue(tx, c, "issue_certificate", req.actionFails());
          return ApiResponse.created(ActionView.wrapped(a, tx.now()));
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "Certificate");
    NameAndLabels u = NameAndLabels.read(req.json(), PrimaryIpsHandler::checkName);
    return store.write(
        tx -> {
          CertificateEntry c = find(tx, id);
          u.name().ifPresent(n -> checkUnique(tx, n, id));
          CertificateEntry updated = c.withUpdate(u.nameOr(c.name()), u.labelsOr(c.labels()));
          tx.put(CloudKinds.CERTIFICATES, updated);
          return ApiResponse.ok(Json.wrap("certificate", toJson(updated, tx)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "Certificate");
    return store.write(
        tx -> {
          find(tx, id);
          routes.actions().checkNotLocked(tx, routes.ref(id), Optional.empty());
          // The live API refuses: "certificate still in use (service_error, ...)" (magenx/hek3ster
          // issue #216).
          if (!usedBy(tx, id).isEmpty()) {
            throw ResourceRoutes.unprocessable("service_error", "certificate still in use");
          }
          tx.remove(CloudKinds.CERTIFICATES, id);
          return ApiResponse.noContent();
        });
  }
}
