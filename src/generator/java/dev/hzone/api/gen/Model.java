package dev.hzone.api.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the generator writes: Java types, records with their fields, enums. */
final class Model {
  static final String API = "dev.hzone.api";
  static final String CLOUD = "dev.hzone.api.cloud";
  static final String SCHEMA = "dev.hzone.api.schema";

  private Model() {}

  /** Whether a type is read from answers or written in requests: they are never shared. */
  enum Side {
    REQUEST,
    RESPONSE
  }

  /**
   * A Java type as code plus the top-level classes it needs imported.
   *
   * @param code e.g. {@code List<Server.PublicNet>}
   * @param imports fully qualified top-level classes
   * @param primitive whether {@code code} is a primitive
   */
  record JType(String code, Set<String> imports, boolean primitive) {
    static JType primitive(String p) {
      return new JType(p, Set.of(), true);
    }

    /** A top-level class, e.g. {@code java.time.Instant}. */
    static JType of(String fqn) {
      return new JType(fqn.substring(fqn.lastIndexOf('.') + 1), Set.of(fqn), false);
    }

    /** A class nested in {@code topFqn}, written {@code Top.Nested}. */
    static JType nested(String topFqn, String path) {
      return new JType(path, Set.of(topFqn), false);
    }

    JType boxed() {
      if (!primitive) {
        return this;
      }
      String b =
          switch (code) {
            case "long" -> "Long";
            case "int" -> "Integer";
            case "double" -> "Double";
            case "boolean" -> "Boolean";
            default -> throw new IllegalStateException(code);
          };
      return new JType(b, Set.of(), false);
    }

    JType wrap(String fqn) {
      String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
      Set<String> imps = new LinkedHashSet<>(imports);
      imps.add(fqn);
      return new JType(simple + "<" + boxed().code + ">", imps, false);
    }

    static JType map(JType value) {
      Set<String> imps = new LinkedHashSet<>(value.imports);
      imps.add("java.util.Map");
      return new JType("Map<String, " + value.boxed().code + ">", imps, false);
    }

    boolean isList() {
      return code.startsWith("List<");
    }

    boolean isMap() {
      return code.startsWith("Map<");
    }
  }

  /**
   * One record component.
   *
   * @param wire the JSON name
   * @param java the component name
   * @param type the base type (before Optional)
   * @param required the API always sends it (answers) or needs it (requests)
   * @param nullable the API may send {@code null}
   * @param doc Javadoc text
   * @param nullMeans a request field whose explicit {@code null} means something ("set to null to
   *     reset"): it is always sent, as {@code null} when not set, in a {@code Nullable} rather than
   *     an {@code Optional}
   */
  record Field(
      String wire,
      String java,
      JType type,
      boolean required,
      boolean nullable,
      String doc,
      boolean nullMeans) {
    /** The OpenAPI document's way of saying that a request field's {@code null} has a meaning. */
    static final Pattern NULL_MEANS = Pattern.compile("(?i)\\bset (it )?to null\\b");

    Field(String wire, String java, JType type, boolean required, boolean nullable, String doc) {
      this(wire, java, type, required, nullable, doc, false);
    }

    /**
     * Whether the component is an {@code Optional}: answers may lack it or send null (lists and
     * maps are empty instead), or requests may leave it out (then it is not sent; a PUT with {@code
     * labels} replaces them all, so an absent map must stay absent).
     */
    boolean optional(Side side) {
      if (side == Side.REQUEST) {
        return !required;
      }
      return !(type.isList() || type.isMap()) && (!required || nullable);
    }

    JType componentType(Side side) {
      if (side == Side.REQUEST && nullMeans && !required) {
        return type.wrap(CLOUD + ".Nullable");
      }
      return optional(side) ? type.wrap("java.util.Optional") : type;
    }

    /** Whether the component is a {@code Nullable}: see {@link #nullMeans}. */
    boolean sentAsNull(Side side) {
      return side == Side.REQUEST && nullMeans && !required;
    }
  }

  /**
   * An enum of API string values, nested in the record that uses it, or top-level when several
   * records do.
   */
  static final class EnumModel {
    final String name;
    final RecordModel owner;
    final List<String> values;
    final boolean unknown;
    final String doc;

    EnumModel(String name, RecordModel owner, List<String> values, boolean unknown, String doc) {
      this.name = name;
      this.owner = owner;
      this.values = values;
      this.unknown = unknown;
      this.doc = doc;
    }

    JType type() {
      return owner == null
          ? JType.of(CLOUD + "." + name)
          : JType.nested(owner.topFqn(), owner.path() + "." + name);
    }
  }

  /** A record, top-level or nested in another. */
  static final class RecordModel {
    final String name;
    final RecordModel owner;
    final String pkg;
    final Side side;
    final String doc;
    final List<Field> fields = new ArrayList<>();
    final List<RecordModel> nested = new ArrayList<>();
    final List<EnumModel> enums = new ArrayList<>();

    RecordModel(String name, RecordModel owner, String pkg, Side side, String doc) {
      this.name = name;
      this.owner = owner;
      this.pkg = pkg;
      this.side = side;
      this.doc = doc;
    }

    /** {@code Server.PublicNet}. */
    String path() {
      return owner == null ? name : owner.path() + "." + name;
    }

    String topFqn() {
      return owner == null ? pkg + "." + name : owner.topFqn();
    }

    JType type() {
      return owner == null ? JType.of(pkg + "." + name) : JType.nested(topFqn(), path());
    }

    /** Names already used inside this record (nested types) and by the records around it. */
    boolean nameTaken(String n) {
      for (RecordModel r = this; r != null; r = r.owner) {
        if (r.name.equals(n)) {
          return true;
        }
      }
      return nested.stream().anyMatch(x -> x.name.equals(n))
          || enums.stream().anyMatch(x -> x.name.equals(n));
    }
  }
}
