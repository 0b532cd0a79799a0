package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.actions.ActionView;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FirewallEntry;
import dev.hzone.emulator.state.IdCounters;
import dev.hzone.emulator.state.ResourceRef;
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
import dev.hzone.emulator.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /firewalls}: rules, and application to servers and label selectors. {@code applied_to} is
 * worked out when read, so a selector's {@code applied_to_resources} follows servers as they are
 * created, deleted and relabelled; deleting a server removes it from the firewalls that name it. A
 * firewall still applied cannot be deleted ({@code resource_in_use}). Actions answer {@code 201
 * {"actions": [...]}}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#firewalls">Firewalls</a>
 */
public final class FirewallsHandler {
  private static final int MAX_RULES = 50;
  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?|any");

  private final StateStore store;
  private final Actions actions;

  public FirewallsHandler(StateStore store, Actions actions) {
    this.store = store;
    this.actions = actions;
  }

  public void register(Router router) {
    router.add(
        "GET",
        "/firewalls",
        req ->
            store.read(
                v ->
                    CloudLists.list(
                        req,
                        "firewalls",
                        v.all(CloudKinds.FIREWALLS),
                        new CloudLists.Fields<>(
                            FirewallEntry::id,
                            FirewallEntry::name,
                            FirewallEntry::labels,
                            FirewallEntry::created),
                        f -> true,
                        f -> toJson(f, v))));
    router.add("POST", "/firewalls", this::create);
    router.add(
        "GET",
        "/firewalls/{id}",
        req ->
            store.read(
                v ->
                    ApiResponse.ok(
                        Json.wrap("firewall", toJson(find(v, req.idParam("id", "firewall")), v)))));
    router.add("PUT", "/firewalls/{id}", this::update);
    router.add("DELETE", "/firewalls/{id}", this::delete);
    new ResourceActions(store, actions, "firewalls", "firewall")
        .registerLists(router, FirewallsHandler::find);
    router.add(
        "POST",
        "/firewalls/{id}/actions/set_rules",
        req -> {
          long id = req.idParam("id", "firewall");
          Body b = req.json();
          if (!b.hasValue("rules")) {
            throw ApiError.invalidInput("rules", "is required");
          }
          List<FirewallEntry.Rule> rules = rules(b);
          return store.write(
              tx -> {
                FirewallEntry f = find(tx, id);
                List<ActionEntry> started = new ArrayList<>();
                started.add(start(tx, req, "set_firewall_rules", f, List.of()));
                if (!req.actionFails()) {
                  tx.put(CloudKinds.FIREWALLS, f.withRules(rules));
                }
                return ApiResponse.created(actionsJson(started, tx));
              });
        });
    router.add(
        "POST",
        "/firewalls/{id}/actions/apply_to_resources",
        req -> {
          long id = req.idParam("id", "firewall");
          Body b = req.json();
          if (!b.hasValue("apply_to")) {
            throw ApiError.invalidInput("apply_to", "is required");
          }
          List<FirewallEntry.Target> targets = targets(b, "apply_to");
          return store.write(
              tx -> {
                FirewallEntry f = find(tx, id);
                List<FirewallEntry.Target> all = new ArrayList<>(f.appliedTo());
                for (FirewallEntry.Target t : targets) {
                  checkExists(tx, t);
                  if (all.contains(t)) {
                    throw new ApiError(
                        422,
                        "firewall_already_applied",
                        "firewall " + id + " is already applied to " + describe(t),
                        null);
                  }
                  all.add(t);
                }
                List<ActionEntry> started = new ArrayList<>();
                for (FirewallEntry.Target t : targets) {
                  started.add(start(tx, req, "apply_firewall", f, refs(t)));
                }
                if (!req.actionFails()) {
                  tx.put(CloudKinds.FIREWALLS, f.withAppliedTo(all));
                }
                return ApiResponse.created(actionsJson(started, tx));
              });
        });
    router.add(
        "POST",
        "/firewalls/{id}/actions/remove_from_resources",
        req -> {
          long id = req.idParam("id", "firewall");
          Body b = req.json();
          if (!b.hasValue("remove_from")) {
            throw ApiError.invalidInput("remove_from", "is required");
          }
          List<FirewallEntry.Target> targets = targets(b, "remove_from");
          return store.write(
              tx -> {
                FirewallEntry f = find(tx, id);
                List<FirewallEntry.Target> all = new ArrayList<>(f.appliedTo());
                for (FirewallEntry.Target t : targets) {
                  if (!all.remove(t)) {
                    Optional<ServerEntry> s =
                        t.server() == null ? Optional.empty() : tx.server(t.server());
                    if (s.isPresent() && ServerLinks.applies(f, s.get())) {
                      throw new ApiError(
                          422,
                          "firewall_managed_by_label_selector",
                          "server "
                              + t.server()
                              + " gets firewall "
                              + id
                              + " from a label selector; remove the selector or change its labels",
                          null);
                    }
                    throw new ApiError(
                        422,
                        "firewall_resource_not_found",
                        "firewall " + id + " is not applied to " + describe(t),
                        null);
                  }
                }
                List<ActionEntry> started = new ArrayList<>();
                for (FirewallEntry.Target t : targets) {
                  started.add(start(tx, req, "remove_firewall", f, refs(t)));
                }
                if (!req.actionFails()) {
                  tx.put(CloudKinds.FIREWALLS, f.withAppliedTo(all));
                }
                return ApiResponse.created(actionsJson(started, tx));
              });
        });
  }

  static FirewallEntry find(StateView v, long id) {
    return v.find(CloudKinds.FIREWALLS, id)
        .orElseThrow(() -> ApiError.notFound("firewall with ID " + id + " not found"));
  }

  private static String describe(FirewallEntry.Target t) {
    return t.server() != null
        ? "server " + t.server()
        : "label selector '" + t.labelSelector() + "'";
  }

  private static List<ResourceRef> refs(FirewallEntry.Target t) {
    return t.server() != null ? List.of(ResourceRef.server(t.server())) : List.of();
  }

  private ActionEntry start(
      Transaction tx, ApiRequest req, String command, FirewallEntry f, List<ResourceRef> also) {
    List<ResourceRef> all = new ArrayList<>();
    all.add(new ResourceRef(f.id(), "firewall"));
    all.addAll(also);
    return actions.start(tx, command, all, req.actionFails());
  }

  private static JsonObject actionsJson(List<ActionEntry> started, StateView v) {
    JsonArray a = new JsonArray();
    started.forEach(x -> a.add(ActionView.toJson(x, v.now())));
    return Json.wrap("actions", a);
  }

  private static void checkExists(StateView v, FirewallEntry.Target t) {
    if (t.server() != null && v.server(t.server()).isEmpty()) {
      throw new ApiError(
          422, "firewall_resource_not_found", "server with ID " + t.server() + " not found", null);
    }
  }

  static JsonObject toJson(FirewallEntry f, StateView v) {
    JsonObject o = new JsonObject();
    o.addProperty("id", f.id());
    o.addProperty("name", f.name());
    o.add("labels", Json.labels(f.labels()));
    o.add("created", Json.time(f.created()));
    JsonArray rules = new JsonArray();
    for (FirewallEntry.Rule r : f.rules()) {
      JsonObject x = new JsonObject();
      x.add(
          "description",
          r.description() == null
              ? JsonNull.INSTANCE
              : new com.google.gson.JsonPrimitive(r.description()));
      x.addProperty("direction", r.direction());
      x.add("source_ips", Json.strings(r.sourceIps()));
      x.add("destination_ips", Json.strings(r.destinationIps()));
      x.addProperty("protocol", r.protocol());
      x.add(
          "port",
          r.port() == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(r.port()));
      rules.add(x);
    }
    o.add("rules", rules);
    JsonArray applied = new JsonArray();
    for (FirewallEntry.Target t : f.appliedTo()) {
      JsonObject x = new JsonObject();
      x.addProperty("type", t.type());
      if (t.server() != null) {
        x.add("server", Json.wrap("id", new com.google.gson.JsonPrimitive(t.server())));
      } else {
        x.add(
            "label_selector",
            Json.wrap("selector", new com.google.gson.JsonPrimitive(t.labelSelector())));
        LabelSelector sel = LabelSelector.parse(t.labelSelector());
        JsonArray resources = new JsonArray();
        for (ServerEntry s : v.servers()) {
          if (sel.test(s.labels())) {
            JsonObject r = new JsonObject();
            r.addProperty("type", "server");
            r.add("server", Json.wrap("id", new com.google.gson.JsonPrimitive(s.id())));
            resources.add(r);
          }
        }
        x.add("applied_to_resources", resources);
      }
      applied.add(x);
    }
    o.add("applied_to", applied);
    return o;
  }

  private static List<FirewallEntry.Rule> rules(Body b) {
    List<Body> list = b.objects("rules");
    if (list.size() > MAX_RULES) {
      throw ApiError.invalidInput("rules", "at most " + MAX_RULES + " rules per firewall");
    }
    List<FirewallEntry.Rule> out = new ArrayList<>();
    for (Body r : list) {
      String direction = r.requireString("direction");
      if (!direction.equals("in") && !direction.equals("out")) {
        throw ApiError.invalidInput(r.field("direction"), "must be in or out");
      }
      String protocol = r.requireString("protocol");
      if (!List.of("tcp", "udp", "icmp", "esp", "gre").contains(protocol)) {
        throw ApiError.invalidInput(r.field("protocol"), "must be tcp, udp, icmp, esp or gre");
      }
      Optional<String> port = r.optString("port");
      boolean needsPort = protocol.equals("tcp") || protocol.equals("udp");
      if (needsPort != port.isPresent()) {
        throw ApiError.invalidInput(
            r.field("port"),
            needsPort ? "is required for tcp and udp" : "is only allowed for tcp and udp");
      }
      port.ifPresent(p -> checkPort(p, r.field("port")));
      List<String> sources = cidrs(r, "source_ips");
      List<String> destinations = cidrs(r, "destination_ips");
      if (direction.equals("in") && (sources.isEmpty() || !destinations.isEmpty())) {
        throw ApiError.invalidInput(
            r.field("source_ips"), "an in rule needs source_ips and no destination_ips");
      }
      if (direction.equals("out") && (destinations.isEmpty() || !sources.isEmpty())) {
        throw ApiError.invalidInput(
            r.field("destination_ips"), "an out rule needs destination_ips and no source_ips");
      }
      Optional<String> description = r.optString("description");
      if (description.isPresent() && description.get().length() > 255) {
        throw ApiError.invalidInput(r.field("description"), "must be at most 255 characters");
      }
      out.add(
          new FirewallEntry.Rule(
              description.orElse(null),
              direction,
              sources,
              destinations,
              protocol,
              port.orElse(null)));
    }
    return out;
  }

  private static void checkPort(String p, String field) {
    java.util.regex.Matcher m = PORT.matcher(p);
    boolean ok = m.matches();
    if (ok && m.group(1) != null) {
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      ok = from >= 1 && to <= 65535 && from <= to;
    }
    if (!ok) {
      throw ApiError.invalidInput(
          field, "'" + p + "' is not a port (80), a range (1024-5000) or any");
    }
  }

  private static List<String> cidrs(Body r, String field) {
    List<String> out = new ArrayList<>();
    com.google.gson.JsonArray a = r.optArray(field).orElse(new com.google.gson.JsonArray());
    if (a.size() > 100) {
      throw ApiError.invalidInput(r.field(field), "at most 100 networks");
    }
    for (com.google.gson.JsonElement e : a) {
      String s = e.isJsonPrimitive() ? e.getAsString() : "";
      if (!s.matches("[0-9.]+/\\d{1,2}|[0-9a-fA-F:]+/\\d{1,3}")) {
        throw ApiError.invalidInput(r.field(field), "'" + s + "' is not a network in CIDR form");
      }
      out.add(s);
    }
    return out;
  }

  private static List<FirewallEntry.Target> targets(Body b, String field) {
    List<FirewallEntry.Target> out = new ArrayList<>();
    for (Body t : b.objects(field)) {
      String type = t.requireString("type");
      FirewallEntry.Target target;
      if (type.equals("server")) {
        long id =
            t.optObject("server")
                .orElseThrow(() -> ApiError.invalidInput(t.field("server"), "is required"))
                .requireLong("id");
        target = new FirewallEntry.Target(id, null);
      } else if (type.equals("label_selector")) {
        String sel =
            t.optObject("label_selector")
                .orElseThrow(() -> ApiError.invalidInput(t.field("label_selector"), "is required"))
                .requireString("selector");
        LabelSelector.parse(sel);
        target = new FirewallEntry.Target(null, sel);
      } else {
        throw ApiError.invalidInput(t.field("type"), "must be server or label_selector");
      }
      if (out.contains(target)) {
        throw new ApiError(422, "server_already_added", describe(target) + " is given twice", null);
      }
      out.add(target);
    }
    return out;
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
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    List<FirewallEntry.Rule> rules = rules(b);
    List<FirewallEntry.Target> targets = targets(b, "apply_to");
    return store.write(
        tx -> {
          UniqueNames.check(
              tx, CloudKinds.FIREWALLS, FirewallEntry::name, name, UniqueNames.NEW, "firewall");
          targets.forEach(t -> checkExists(tx, t));
          FirewallEntry f =
              new FirewallEntry(
                  tx.nextId(IdCounters.Kind.FIREWALL), name, rules, List.of(), labels, tx.now());
          List<ActionEntry> started = new ArrayList<>();
          if (!rules.isEmpty()) {
            started.add(start(tx, req, "set_firewall_rules", f, List.of()));
          }
          for (FirewallEntry.Target t : targets) {
            started.add(start(tx, req, "apply_firewall", f, refs(t)));
          }
          FirewallEntry stored =
              req.actionFails() ? f.withRules(List.of()) : f.withAppliedTo(targets);
          tx.put(CloudKinds.FIREWALLS, stored);
          JsonObject body = actionsJson(started, tx);
          body.add("firewall", toJson(stored, tx));
          return ApiResponse.created(body);
        });
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "firewall");
    NameAndLabels u = NameAndLabels.read(req.json(), FirewallsHandler::checkName);
    return store.write(
        tx -> {
          FirewallEntry f = find(tx, id);
          u.checkUnique(tx, CloudKinds.FIREWALLS, FirewallEntry::name, id, "firewall");
          FirewallEntry updated = f.withNameAndLabels(u.nameOr(f.name()), u.labelsOr(f.labels()));
          tx.put(CloudKinds.FIREWALLS, updated);
          return ApiResponse.ok(Json.wrap("firewall", toJson(updated, tx)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "firewall");
    return store.write(
        tx -> {
          FirewallEntry f = find(tx, id);
          if (!f.appliedTo().isEmpty()) {
            throw new ApiError(
                422,
                "resource_in_use",
                "firewall "
                    + id
                    + " is still applied to "
                    + describe(f.appliedTo().get(0))
                    + "; remove it from its resources first",
                null);
          }
          tx.remove(CloudKinds.FIREWALLS, id);
          return ApiResponse.noContent();
        });
  }
}
