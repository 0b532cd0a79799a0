package dev.hzone.api.gen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.api.gen.Model.EnumModel;
import dev.hzone.api.gen.Model.Field;
import dev.hzone.api.gen.Model.JType;
import dev.hzone.api.gen.Model.RecordModel;
import dev.hzone.api.gen.Model.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives every object schema of the document a Java record, and every string enum a Java enum.
 *
 * <p>The document's schemas are inline, so the same structure appears many times. Structures are
 * identified by a signature (property names, types, required and nullable flags; never the
 * descriptions), and each signature becomes one record:
 *
 * <ul>
 *   <li>structures the caller {@linkplain #designate names} (resources such as {@code Server},
 *       request options, multi-field results) are top-level records;
 *   <li>the action and pagination structures map to the hand-written {@code Action} and {@code
 *       ListMeta};
 *   <li>a structure used inside two or more top-level records becomes top-level itself, named after
 *       the property that holds it (e.g. {@code Protection});
 *   <li>any other structure is nested in the record that holds it ({@code Server.PublicNet}).
 * </ul>
 *
 * Requests and answers never share records: they differ in which fields are optional. Enums have no
 * optional parts, so they are shared: a property of the same name with the same values in two or
 * more top-level records (the load balancer service protocol of {@code Service}, {@code
 * AddLoadBalancerServiceOptions} and {@code UpdateLoadBalancerServiceOptions}) is one top-level
 * enum ({@code ServiceProtocol}), with an {@code UNKNOWN} constant when any answer holds it; any
 * other enum is nested in the record that holds it.
 */
final class TypeResolver {
  /** First place a structure was seen. */
  private record Seen(JsonObject flat, String parentSig, String prop, Side side, String title) {}

  private final Map<JsonObject, String> sigs = new IdentityHashMap<>();
  private final Map<JsonObject, String> salts = new IdentityHashMap<>();
  private final Map<String, String> designated = new LinkedHashMap<>();
  private final Map<String, String> designatedPkg = new HashMap<>();
  private final Map<String, String> designatedDoc = new HashMap<>();
  private final Map<String, JType> external = new HashMap<>();
  private final Map<String, Seen> seen = new LinkedHashMap<>();
  private final Map<String, Set<String>> owners = new HashMap<>();
  private final Map<String, RecordModel> records = new LinkedHashMap<>();
  private final Set<String> topNames = new LinkedHashSet<>();
  private final List<RecordModel> topLevel = new ArrayList<>();

  /** Enums shared by several top-level records, by {@link #enumKey}. */
  private final Map<String, EnumModel> sharedEnums = new LinkedHashMap<>();

  private boolean resolved;

  /**
   * Names of the shared enums whose property name alone says too little ({@code type}, {@code
   * protocol}), by {@link #enumKey}. A shared enum not listed here is named after its property, or
   * after its first record and its property when that name is taken.
   */
  private static final Map<String, String> SHARED_ENUM_NAMES =
      Map.ofEntries(
          Map.entry("protocol[tcp, http, https]", "ServiceProtocol"),
          Map.entry("protocol[tcp, http]", "HealthCheckProtocol"),
          Map.entry("protocol[tcp, udp, icmp, esp, gre]", "RuleProtocol"),
          Map.entry("type[ipv4, ipv6]", "IpType"),
          Map.entry("type[server, label_selector, ip]", "TargetType"),
          Map.entry("type[server, label_selector]", "FirewallResourceType"),
          Map.entry("type[cloud, server, vswitch]", "SubnetType"),
          Map.entry("type[spread]", "PlacementGroupType"),
          Map.entry("type[uploaded, managed]", "CertificateType"),
          Map.entry("type[round_robin, least_connections]", "AlgorithmType"));

  /** Maps every structure with the signature of {@code schema} to an existing Java type. */
  void external(JsonObject schema, Side side, JType type) {
    external.put(sig(schema, side), type);
  }

  /** Names the structure of {@code schema} as a top-level record {@code pkg.name}. */
  void designate(JsonObject schema, Side side, String pkg, String name, String doc) {
    String s = sig(schema, side);
    if (!designated.containsKey(s) && !external.containsKey(s)) {
      designated.put(s, name);
      designatedPkg.put(s, pkg);
      designatedDoc.put(s, doc);
      topNames.add(name);
    }
  }

  /**
   * Names {@code schema} as a top-level record of its own, even where another root has the same
   * structure: each operation's request gets its own options record ({@code UpdateServerOptions}
   * apart from {@code UpdateVolumeOptions}) although both hold {@code name} and {@code labels}.
   */
  void designateRoot(JsonObject schema, Side side, String pkg, String name, String doc) {
    salts.put(schema, "#" + name);
    designate(schema, side, pkg, name, doc);
  }

  /**
   * Records where {@code schema} is used (pass 1); call for every schema before {@link #resolve}.
   */
  void visit(JsonObject schema, Side side, String prop) {
    walk(schema, side, null, null, prop);
  }

  /** The record or external type of an object schema visited before. */
  JType recordType(JsonObject schema, Side side) {
    String s = sig(schema, side);
    JType ext = external.get(s);
    if (ext != null) {
      return ext;
    }
    RecordModel r = records.get(s);
    if (r == null) {
      throw new IllegalStateException("schema not visited: " + s);
    }
    return r.type();
  }

  /** The top-level records, once {@link #resolve} has run. */
  List<RecordModel> topLevel() {
    return topLevel;
  }

  /** The top-level enums (shared by several records), once {@link #resolve} has run. */
  List<EnumModel> topLevelEnums() {
    return List.copyOf(sharedEnums.values());
  }

  private void walk(JsonObject s, Side side, String topOwner, String parentSig, String prop) {
    String t = Spec.type(s);
    if (t.equals("object") && isRecord(s)) {
      String sig = sig(s, side);
      if (external.containsKey(sig)) {
        return;
      }
      owners.computeIfAbsent(sig, k -> new LinkedHashSet<>()).add(String.valueOf(topOwner));
      if (seen.containsKey(sig)) {
        return;
      }
      JsonObject flat = Spec.flatten(s);
      seen.put(
          sig,
          new Seen(
              flat, parentSig, prop, side, s.has("title") ? s.get("title").getAsString() : null));
      String top = designated.containsKey(sig) ? sig : topOwner;
      for (Map.Entry<String, JsonElement> e : flat.getAsJsonObject("properties").entrySet()) {
        walk(e.getValue().getAsJsonObject(), side, top, sig, e.getKey());
      }
    } else if (t.equals("array") && s.has("items")) {
      walk(
          s.getAsJsonObject("items"),
          side,
          topOwner,
          parentSig,
          prop == null ? null : Names.singular(prop));
    } else if (t.equals("object")
        && s.has("additionalProperties")
        && s.get("additionalProperties").isJsonObject()) {
      walk(s.getAsJsonObject("additionalProperties"), side, topOwner, parentSig, prop);
    }
  }

  private static boolean isRecord(JsonObject s) {
    return s.has("properties")
        || s.has("allOf")
        || ((s.has("oneOf") || s.has("anyOf")) && !isIdOrName(s));
  }

  /** {@code oneOf: [string, integer]}: a resource given by name or by id. */
  static boolean isIdOrName(JsonObject s) {
    JsonElement alts = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
    if (alts == null) {
      return false;
    }
    for (JsonElement a : alts.getAsJsonArray()) {
      String t = Spec.type(a.getAsJsonObject());
      if (!t.equals("string") && !t.equals("integer")) {
        return false;
      }
    }
    return true;
  }

  /** Pass 2 and 3: names every structure, then builds the records' fields. */
  void resolve() {
    if (resolved) {
      throw new IllegalStateException("resolved twice");
    }
    resolved = true;
    for (Map.Entry<String, Seen> e : seen.entrySet()) {
      String sig = e.getKey();
      Seen s = e.getValue();
      RecordModel r;
      if (designated.containsKey(sig)) {
        r =
            new RecordModel(
                designated.get(sig),
                null,
                designatedPkg.get(sig),
                s.side(),
                designatedDoc.get(sig));
      } else if (owners.get(sig).size() > 1
          || s.parentSig() == null
          || !records.containsKey(s.parentSig())) {
        r =
            new RecordModel(
                topName(s), null, Model.CLOUD, s.side(), Names.doc(description(s.flat())));
      } else {
        RecordModel parent = records.get(s.parentSig());
        String name = Names.pascal(s.prop());
        for (int i = 2; parent.nameTaken(name); i++) {
          name = Names.pascal(s.prop()) + i;
        }
        r = new RecordModel(name, parent, parent.pkg, s.side(), Names.doc(description(s.flat())));
        parent.nested.add(r);
      }
      records.put(sig, r);
      if (r.owner == null) {
        topLevel.add(r);
      }
    }
    shareEnums();
    for (Map.Entry<String, Seen> e : seen.entrySet()) {
      RecordModel r = records.get(e.getKey());
      JsonObject flat = e.getValue().flat();
      Set<String> required = new LinkedHashSet<>(Spec.strings(flat.getAsJsonArray("required")));
      for (Map.Entry<String, JsonElement> p : flat.getAsJsonObject("properties").entrySet()) {
        JsonObject ps = p.getValue().getAsJsonObject();
        JType type = typeOf(ps, r, p.getKey());
        String text = description(ps);
        boolean nullMeans =
            r.side == Model.Side.REQUEST
                && Spec.nullable(ps)
                && text != null
                && Field.NULL_MEANS.matcher(text).find();
        r.fields.add(
            new Field(
                p.getKey(),
                Names.camel(p.getKey()),
                type,
                required.contains(p.getKey()),
                Spec.nullable(ps),
                Names.doc(text),
                nullMeans));
      }
    }
  }

  private String topName(Seen s) {
    String base =
        s.title() != null && s.title().equals("DeprecationInfo")
            ? "Deprecation"
            : Names.pascal(s.prop() == null ? "Anonymous" : s.prop());
    String name = base;
    if (topNames.contains(name) && s.parentSig() != null && records.containsKey(s.parentSig())) {
      name = records.get(s.parentSig()).name + base;
    }
    for (int i = 2; topNames.contains(name); i++) {
      name = base + i;
    }
    topNames.add(name);
    return name;
  }

  private static String description(JsonObject s) {
    return s.has("description") ? s.get("description").getAsString() : null;
  }

  /** The Java type of a property schema inside {@code owner}. */
  JType typeOf(JsonObject s, RecordModel owner, String prop) {
    if (isIdOrName(s)) {
      return JType.of(Model.CLOUD + ".IdOrName");
    }
    String t = Spec.type(s);
    switch (t) {
      case "object" -> {
        if (isRecord(s)) {
          return recordType(s, owner.side);
        }
        if (s.has("additionalProperties") && s.get("additionalProperties").isJsonObject()) {
          return JType.map(typeOf(s.getAsJsonObject("additionalProperties"), owner, prop));
        }
        return JType.map(JType.of("com.google.gson.JsonElement"));
      }
      case "array" -> {
        JsonObject items = s.getAsJsonObject("items");
        if (items.has("prefixItems")) {
          return JType.of(Model.CLOUD + ".MetricsPoint").wrap("java.util.List");
        }
        return typeOf(items, owner, Names.singular(prop)).wrap("java.util.List");
      }
      case "string" -> {
        if (s.has("enum")) {
          return enumIn(owner, prop, Spec.strings(s.getAsJsonArray("enum")), description(s)).type();
        }
        if (s.has("format") && s.get("format").getAsString().equals("date-time")) {
          return JType.of("java.time.Instant");
        }
        return JType.of("java.lang.String");
      }
      case "integer" -> {
        return s.has("format") && s.get("format").getAsString().equals("int32")
            ? JType.primitive("int")
            : JType.primitive("long");
      }
      case "number" -> {
        return JType.primitive("double");
      }
      case "boolean" -> {
        return JType.primitive("boolean");
      }
      default ->
          throw new IllegalStateException("no Java type for schema of type " + t + " at " + prop);
    }
  }

  /** One enum per property name and values used in two or more top-level records. */
  private void shareEnums() {
    Map<String, Set<String>> tops = new LinkedHashMap<>();
    Map<String, List<String>> valuesOf = new HashMap<>();
    Map<String, String> docOf = new HashMap<>();
    Map<String, Boolean> answered = new HashMap<>();
    Map<String, String> firstTop = new HashMap<>();
    for (Map.Entry<String, Seen> e : seen.entrySet()) {
      RecordModel r = records.get(e.getKey());
      for (Map.Entry<String, JsonElement> p :
          e.getValue().flat().getAsJsonObject("properties").entrySet()) {
        JsonObject enumSchema = enumSchema(p.getValue().getAsJsonObject());
        if (enumSchema == null) {
          continue;
        }
        String prop = enumSchema == p.getValue() ? p.getKey() : Names.singular(p.getKey());
        List<String> values = Spec.strings(enumSchema.getAsJsonArray("enum"));
        String key = enumKey(prop, values);
        tops.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.topFqn());
        valuesOf.putIfAbsent(key, values);
        firstTop.putIfAbsent(key, r.type().code().split("\\.")[0]);
        if (description(enumSchema) != null) {
          docOf.putIfAbsent(key, description(enumSchema));
        }
        answered.merge(
            key, r.side == Side.RESPONSE && !values.contains("unknown"), Boolean::logicalOr);
      }
    }
    tops.forEach(
        (key, owners) -> {
          if (owners.size() < 2) {
            return;
          }
          String prop = key.substring(0, key.indexOf('['));
          String name = SHARED_ENUM_NAMES.getOrDefault(key, Names.pascal(prop));
          if (topNames.contains(name)) {
            name = firstTop.get(key) + Names.pascal(prop);
          }
          topNames.add(name);
          sharedEnums.put(
              key,
              new EnumModel(
                  name, null, valuesOf.get(key), answered.get(key), Names.doc(docOf.get(key))));
        });
  }

  /** The string enum a property holds, directly or as the items of an array; null if none. */
  private static JsonObject enumSchema(JsonObject s) {
    if (isIdOrName(s)) {
      return null;
    }
    if (Spec.type(s).equals("array") && s.has("items")) {
      JsonObject items = s.getAsJsonObject("items");
      return Spec.type(items).equals("string") && items.has("enum") ? items : null;
    }
    return Spec.type(s).equals("string") && s.has("enum") ? s : null;
  }

  private static String enumKey(String prop, List<String> values) {
    return prop + values;
  }

  private EnumModel enumIn(RecordModel owner, String prop, List<String> values, String doc) {
    EnumModel shared = sharedEnums.get(enumKey(prop, values));
    if (shared != null) {
      return shared;
    }
    String base = Names.pascal(prop);
    for (EnumModel e : owner.enums) {
      if (e.values.equals(values) && (e.name.equals(base) || e.name.startsWith(base))) {
        return e;
      }
    }
    String name = base;
    for (int i = 2; owner.nameTaken(name); i++) {
      name = base + i;
    }
    boolean unknown = owner.side == Side.RESPONSE && !values.contains("unknown");
    EnumModel e = new EnumModel(name, owner, values, unknown, Names.doc(doc));
    owner.enums.add(e);
    return e;
  }

  /** The structural signature of a schema: what it holds, never how it is described. */
  String sig(JsonObject s, Side side) {
    return side.name().charAt(0) + body(s) + salts.getOrDefault(s, "");
  }

  private String body(JsonObject s) {
    String cached = sigs.get(s);
    if (cached != null) {
      return cached;
    }
    String t = Spec.type(s);
    String out;
    if (isIdOrName(s)) {
      out = "idOrName";
    } else if (t.equals("object") && isRecord(s)) {
      JsonObject flat = Spec.flatten(s);
      Set<String> required = new LinkedHashSet<>(Spec.strings(flat.getAsJsonArray("required")));
      TreeMap<String, String> props = new TreeMap<>();
      for (Map.Entry<String, JsonElement> e : flat.getAsJsonObject("properties").entrySet()) {
        JsonObject p = e.getValue().getAsJsonObject();
        props.put(
            e.getKey(),
            (required.contains(e.getKey()) ? "!" : "") + (Spec.nullable(p) ? "?" : "") + body(p));
      }
      out = "O" + props;
    } else if (t.equals("array")) {
      JsonObject items = s.getAsJsonObject("items");
      out = "A[" + (items == null ? "" : items.has("prefixItems") ? "tuple" : body(items)) + "]";
    } else if (t.equals("object")
        && s.has("additionalProperties")
        && s.get("additionalProperties").isJsonObject()) {
      out = "M[" + body(s.getAsJsonObject("additionalProperties")) + "]";
    } else {
      out =
          t
              + (s.has("format") ? "(" + s.get("format").getAsString() + ")" : "")
              + (s.has("enum") ? Spec.strings(s.getAsJsonArray("enum")) : "");
    }
    sigs.put(s, out);
    return out;
  }
}
