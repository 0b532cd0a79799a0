package dev.hzone.api.gen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.api.gen.Model.JType;
import dev.hzone.api.gen.Model.RecordModel;
import dev.hzone.api.gen.Model.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the client code for every Cloud API resource but DNS (zones, RRSets and actions are
 * written by hand): the models in {@code dev.hzone.api.cloud}, the Retrofit interfaces and
 * envelopes in {@code dev.hzone.api.schema}, one {@code ...Client} per resource and {@code
 * CloudResources} in {@code dev.hzone.api}. The output is committed; {@code GeneratedSourcesTest}
 * fails when it differs from what this generator makes of the current openapi.json.
 *
 * <p>Its output has a source root of its own, {@code src/generated/java}, apart from the
 * hand-written code. Run it after changing it or when openapi.json changes, from the repository
 * root:
 *
 * <pre>
 * mvn -Pgenerate generate-sources                       # reads ../shared/hetzner-api/openapi.json
 * mvn -Pgenerate generate-sources -Dopenapi=FILE        # another copy of the document
 * </pre>
 *
 * The profile compiles the generator on its own first (it needs only Gson), so that generated
 * sources that no longer compile cannot stand in its way.
 *
 * <p>Only files that start with {@link JavaEmitter#MARKER} are replaced or deleted; hand-written
 * files in the same packages are left alone.
 */
public final class ApiGenerator {
  /** Path families written by hand. */
  static final Set<String> HAND_WRITTEN = Set.of("zones", "actions");

  private final JsonObject spec;
  private final TypeResolver types = new TypeResolver();
  private final List<Operation> ops;

  ApiGenerator(JsonObject spec) {
    this.spec = spec;
    this.ops =
        Operation.all(spec).stream().filter(o -> !HAND_WRITTEN.contains(o.family())).toList();
  }

  /**
   * Operations whose types the generator writes (the per-type action endpoints use the shared
   * Action).
   */
  private List<Operation> typed() {
    return ops.stream()
        .filter(
            o ->
                !o.kind().name().contains("ACTIONS")
                    && o.kind() != Operation.Kind.GET_TYPE_ACTION
                    && o.kind() != Operation.Kind.GET_ACTION)
        .toList();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ApiGenerator OPENAPI_JSON SOURCE_ROOT");
      System.exit(64);
    }
    JsonObject spec =
        JsonParser.parseString(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))
            .getAsJsonObject();
    Map<String, String> files = generate(spec);
    write(Path.of(args[1]), files);
    System.out.println("wrote " + files.size() + " files");
  }

  /** The generated files: path relative to the source root, to content. */
  public static Map<String, String> generate(JsonObject spec) {
    return new ApiGenerator(spec).run();
  }

  private Map<String, String> run() {
    registerExternalTypes();
    designate();
    for (Operation op : typed()) {
      JsonObject success = Spec.successSchema(op.json());
      if (success != null && isResult(op, success)) {
        types.visit(success, Side.RESPONSE, null);
      } else if (success != null) {
        for (Map.Entry<String, JsonElement> p : success.getAsJsonObject("properties").entrySet()) {
          types.visit(p.getValue().getAsJsonObject(), Side.RESPONSE, p.getKey());
        }
      }
      JsonObject request = Spec.requestSchema(op.json());
      if (request != null) {
        types.visit(request, Side.REQUEST, null);
      }
    }
    types.resolve();
    Map<String, String> files = new TreeMap<>();
    for (RecordModel r : types.topLevel()) {
      files.put(fileOf(r.pkg, r.name), JavaEmitter.recordFile(r));
    }
    for (Model.EnumModel e : types.topLevelEnums()) {
      files.put(
          fileOf(Model.CLOUD, e.name),
          JavaEmitter.file(Model.CLOUD, Set.of(), JavaEmitter.enumSource(e, "")));
    }
    ClientEmitter clients = new ClientEmitter(types);
    Map<String, List<Operation>> families = new LinkedHashMap<>();
    for (Operation op : ops) {
      families.computeIfAbsent(op.family(), k -> new ArrayList<>()).add(op);
    }
    families.forEach((family, familyOps) -> clients.family(family, familyOps, files));
    clients.cloudResources(families, files);
    return files;
  }

  static String fileOf(String pkg, String name) {
    return pkg.replace('.', '/') + "/" + name + ".java";
  }

  /**
   * The action and pagination structures are the hand-written {@code Action} and {@code ListMeta}.
   */
  private void registerExternalTypes() {
    for (Operation op : Operation.all(spec)) {
      JsonObject success = Spec.successSchema(op.json());
      if (success == null || !success.has("properties")) {
        continue;
      }
      JsonObject props = success.getAsJsonObject("properties");
      if (props.has("action")) {
        types.external(
            props.getAsJsonObject("action"), Side.RESPONSE, JType.of(Model.CLOUD + ".Action"));
      }
      if (props.has("meta")) {
        types.external(
            props.getAsJsonObject("meta"), Side.RESPONSE, JType.of(Model.SCHEMA + ".ListMeta"));
      }
    }
  }

  /** Top-level names: resources from their GET answers, results, request options. */
  private void designate() {
    for (Operation op : typed()) {
      JsonObject success = Spec.successSchema(op.json());
      if (success == null || isResult(op, success)) {
        continue;
      }
      if (op.kind() == Operation.Kind.GET
          || op.kind() == Operation.Kind.GET_SINGLETON
          || op.kind() == Operation.Kind.GET_SUB) {
        Map.Entry<String, JsonElement> only =
            success.getAsJsonObject("properties").entrySet().iterator().next();
        String doc = Names.doc(firstSentenceOf(only.getValue().getAsJsonObject()));
        types.designate(
            only.getValue().getAsJsonObject(),
            Side.RESPONSE,
            Model.CLOUD,
            Names.pascal(only.getKey()),
            doc.isEmpty()
                ? "A " + only.getKey().replace('_', ' ') + " as the Cloud API describes it."
                : doc);
      }
    }
    for (Operation op : typed()) {
      JsonObject success = Spec.successSchema(op.json());
      if (success != null && isResult(op, success)) {
        types.designateRoot(
            success,
            Side.RESPONSE,
            Model.CLOUD,
            op.pascal() + "Result",
            "The answer to {@code " + op.id() + "}: " + Names.doc(op.summary()) + ".");
      }
      JsonObject request = Spec.requestSchema(op.json());
      if (request != null) {
        boolean params = ClientEmitter.asParameters(request);
        types.designateRoot(
            request,
            Side.REQUEST,
            params ? Model.SCHEMA : Model.CLOUD,
            op.pascal() + (params ? "Request" : "Options"),
            (params ? "The body of {@code " : "What to send with {@code ")
                + op.id()
                + "}: "
                + Names.doc(op.summary())
                + ".");
      }
    }
  }

  private static String firstSentenceOf(JsonObject s) {
    return s.has("description") ? s.get("description").getAsString() : "";
  }

  /** An answer with several fields besides pagination is a result record of its own. */
  static boolean isResult(Operation op, JsonObject success) {
    if (op.kind() == Operation.Kind.LIST || !success.has("properties")) {
      return false;
    }
    return success.getAsJsonObject("properties").size() > 1;
  }

  /**
   * Writes {@code files} under {@code root} and deletes generated files that are no longer
   * generated.
   */
  static void write(Path root, Map<String, String> files) throws IOException {
    for (String pkg : List.of(Model.API, Model.CLOUD, Model.SCHEMA)) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.toList()) {
          String rel = root.relativize(f).toString().replace('\\', '/');
          if (!files.containsKey(rel) && Files.isRegularFile(f) && isGenerated(f)) {
            Files.delete(f);
          }
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path f = root.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** True for a file this generator wrote (it starts with {@link JavaEmitter#MARKER}). */
  public static boolean isGenerated(Path f) throws IOException {
    try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return JavaEmitter.MARKER.equals(r.readLine());
    }
  }
}
