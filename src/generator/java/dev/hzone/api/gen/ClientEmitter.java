package dev.hzone.api.gen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.api.gen.Model.JType;
import dev.hzone.api.gen.Model.Side;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes, per resource family, the Retrofit interface ({@code ServersApi}), the answer envelopes
 * ({@code ServerResponse}, {@code ServerListResponse}), the query options ({@code
 * ListServersOptions}) and the client ({@code ServerClient}) with one method per operation, plus
 * {@code CloudResources}, which holds one client per family.
 */
final class ClientEmitter {
  private static final String DOCS = "https://docs.hetzner.cloud/reference/cloud#tag/";
  private final TypeResolver types;

  ClientEmitter(TypeResolver types) {
    this.types = types;
  }

  /**
   * Small bodies of plain values (at most three, no enums, no nulls) become method parameters
   * ({@code attachIso(id, iso)}) instead of an options record. Optional values qualify only when
   * they are booleans: a parameter is always sent, and only a flag has an obvious value to send.
   */
  static boolean asParameters(JsonObject request) {
    JsonObject flat = Spec.flatten(request);
    JsonObject props = flat.getAsJsonObject("properties");
    List<String> required = Spec.strings(flat.getAsJsonArray("required"));
    if (props.size() == 0 || props.size() > 3) {
      return false;
    }
    for (Map.Entry<String, JsonElement> e : props.entrySet()) {
      JsonObject p = e.getValue().getAsJsonObject();
      String t = Spec.type(p);
      if (!List.of("string", "integer", "number", "boolean").contains(t)
          || p.has("enum")
          || Spec.nullable(p)) {
        return false;
      }
      if (!required.contains(e.getKey()) && !t.equals("boolean")) {
        return false;
      }
    }
    return true;
  }

  static String clientName(String family) {
    return Names.pascal(Names.singular(family)) + "Client";
  }

  static String apiName(String family) {
    return Names.pascal(family) + "Api";
  }

  /** Writes the files of one family into {@code files}. */
  void family(String family, List<Operation> ops, Map<String, String> files) {
    FamilyWriter w = new FamilyWriter(family, files);
    for (Operation op : ops) {
      w.operation(op);
    }
    w.finish();
  }

  /**
   * Writes {@code CloudResources}, which holds one client per family, and {@code
   * CloudResourceAccess}, through which {@link dev.hzone.api.HcloudClient} offers them (it holds a
   * {@code CloudResources}; it extends nothing).
   */
  void cloudResources(Map<String, List<Operation>> families, Map<String, String> files) {
    StringBuilder fields = new StringBuilder();
    StringBuilder init = new StringBuilder();
    StringBuilder accessors = new StringBuilder();
    StringBuilder delegates = new StringBuilder();
    Set<String> imports =
        new TreeSet<>(List.of("java.util.function.Function", "retrofit2.Retrofit"));
    families.forEach(
        (family, ops) -> {
          String client = clientName(family);
          String field = Names.camel(family);
          boolean actions =
              ops.stream()
                  .anyMatch(
                      o ->
                          o.kind() == Operation.Kind.LIST_ACTIONS
                              || o.kind() == Operation.Kind.LIST_TYPE_ACTIONS);
          imports.add(Model.SCHEMA + "." + apiName(family));
          fields.append("  private final ").append(client).append(' ').append(field).append(";\n");
          init.append("    this.")
              .append(field)
              .append(" = new ")
              .append(client)
              .append("(retrofit.create(")
              .append(apiName(family))
              .append(".class), pages")
              .append(actions ? ", actions.apply(\"" + family + "\")" : "")
              .append(");\n");
          String tag = ops.get(0).tag();
          String doc =
              "\n  /**\n   * "
                  + Names.pascal(family).replaceAll("([a-z])([A-Z])", "$1 $2")
                  + ".\n   *\n   * @see <a href=\""
                  + DOCS
                  + Names.slug(tag)
                  + "\">"
                  + tag
                  + "</a>\n   */\n";
          accessors
              .append(doc)
              .append("  public ")
              .append(client)
              .append(' ')
              .append(field)
              .append("() {\n    return ")
              .append(field)
              .append(";\n  }\n");
          delegates
              .append(doc)
              .append("  default ")
              .append(client)
              .append(' ')
              .append(field)
              .append("() {\n    return cloud().")
              .append(field)
              .append("();\n  }\n");
        });
    String body =
        "/** The sub-clients of the Cloud API resources other than DNS, one per resource. */\n"
            + "public final class CloudResources {\n"
            + fields
            + "\n"
            + "  CloudResources(Retrofit retrofit, Pages pages, Function<String, ResourceActions> actions) {\n"
            + init
            + "  }\n"
            + accessors
            + "}\n";
    files.put(
        ApiGenerator.fileOf(Model.API, "CloudResources"),
        JavaEmitter.file(Model.API, imports, body));
    String access =
        "/**\n * The Cloud API resources other than DNS, offered by whatever holds a {@link CloudResources}, so that\n"
            + " * calls read {@code client.servers().list()}.\n */\n"
            + "public interface CloudResourceAccess {\n"
            + "  /** The sub-clients themselves. */\n  CloudResources cloud();\n"
            + delegates
            + "}\n";
    files.put(
        ApiGenerator.fileOf(Model.API, "CloudResourceAccess"),
        JavaEmitter.file(Model.API, Set.of(), access));
  }

  /** The query parameters of an operation as options record fields and Retrofit parameters. */
  private record QueryParam(
      String wire, String java, String type, boolean list, boolean required, String doc) {
    /**
     * The expression passing this parameter from options {@code o} to Retrofit (null: not sent).
     */
    String arg() {
      if (required) {
        return "o." + java + "()";
      }
      return list
          ? "o." + java + "().isEmpty() ? null : o." + java + "()"
          : "o." + java + "().orElse(null)";
    }

    String componentType() {
      if (list) {
        return "List<" + type + ">";
      }
      return required ? type : "Optional<" + type + ">";
    }
  }

  private static List<QueryParam> queryParams(Operation op) {
    List<QueryParam> out = new ArrayList<>();
    for (JsonObject p : op.query()) {
      JsonObject s = p.getAsJsonObject("schema");
      boolean list = Spec.type(s).equals("array");
      JsonObject item = list ? s.getAsJsonObject("items") : s;
      String type =
          switch (Spec.type(item)) {
            case "integer" -> "Long";
            case "boolean" -> "Boolean";
            case "number" -> "Double";
            default -> "String";
          };
      String doc =
          Names.doc(
              p.has("description")
                  ? p.get("description").getAsString()
                  : item.has("description") ? item.get("description").getAsString() : "");
      if (item.has("enum")) {
        doc =
            (doc.isEmpty() ? "" : doc + " ")
                + "One of: "
                + String.join(", ", Spec.strings(item.getAsJsonArray("enum")))
                + ".";
      }
      if (doc.isEmpty()) {
        doc = "the {@code " + p.get("name").getAsString() + "} filter";
      }
      boolean required = p.has("required") && p.get("required").getAsBoolean();
      out.add(
          new QueryParam(
              p.get("name").getAsString(),
              Names.camel(p.get("name").getAsString()),
              type,
              list,
              required,
              doc));
    }
    return out;
  }

  /** Collects one family's interface and client methods. */
  private final class FamilyWriter {
    private final String family;
    private final Map<String, String> files;
    private final String api;
    private final String client;
    private final StringBuilder apiMethods = new StringBuilder();
    private final StringBuilder clientMethods = new StringBuilder();
    private final Set<String> apiImports = new TreeSet<>(List.of("retrofit2.Call"));
    private final Set<String> clientImports = new TreeSet<>();
    private boolean hasActions;
    private String firstTag;

    FamilyWriter(String family, Map<String, String> files) {
      this.family = family;
      this.files = files;
      this.api = apiName(family);
      this.client = clientName(family);
      clientImports.add(Model.SCHEMA + "." + api);
    }

    void operation(Operation op) {
      if (firstTag == null) {
        firstTag = op.tag();
      }
      switch (op.kind()) {
        case LIST -> list(op);
        case GET -> get(op, true);
        case GET_SINGLETON -> get(op, false);
        case GET_SUB -> getSub(op);
        case CREATE, UPDATE, DELETE, ACTION -> change(op);
        case LIST_TYPE_ACTIONS ->
            actions(
                op,
                "List<Action> listActions(ActionListOptions options)",
                "return actions.listForType(options);",
                "Actions of all " + words() + ".");
        case GET_TYPE_ACTION ->
            actions(
                op,
                "Optional<Action> getAction(long actionId)",
                "return actions.getForType(actionId);",
                "One action of any of the " + words() + "; empty if there is none.");
        case LIST_ACTIONS ->
            actions(
                op,
                "List<Action> listActions(long id, ActionListOptions options)",
                "return actions.listForResource(String.valueOf(id), options);",
                "Actions of one resource, e.g. the running ones.");
        case GET_ACTION ->
            actions(
                op,
                "Optional<Action> getAction(long id, long actionId)",
                "return actions.getForResource(String.valueOf(id), actionId);",
                "One action of one resource.");
        default -> throw new IllegalStateException(op.kind().name());
      }
    }

    private String words() {
      return family.replace('_', ' ');
    }

    private void methodDoc(Operation op, String extra) {
      StringBuilder sb = new StringBuilder();
      String text = Names.doc(op.summary()) + ".";
      String more = Names.doc(op.description());
      if (!more.isEmpty() && !more.equalsIgnoreCase(Names.doc(op.summary()) + ".")) {
        text += " " + more;
      }
      if (!extra.isEmpty()) {
        text += " " + extra;
      }
      List<String> tags = new ArrayList<>();
      if (op.deprecated()) {
        tags.add("@deprecated the API deprecated this endpoint");
      }
      tags.add("@see <a href=\"" + DOCS + Names.slug(op.tag()) + "\">" + op.tag() + "</a>");
      JavaEmitter.javadoc(sb, "  ", text, tags);
      clientMethods.append('\n').append(sb);
      if (op.deprecated()) {
        clientMethods.append("  @Deprecated\n");
      }
      clientMethods.append("  @ApiOperation(\"").append(op.id()).append("\")\n");
    }

    private String retrofitPath(Operation op) {
      return op.path().substring(1);
    }

    private void apiMethod(Operation op, String returnType, List<String> params) {
      String verb = op.method();
      apiImports.add("retrofit2.http." + verb);
      apiMethods
          .append("\n  @")
          .append(verb)
          .append("(\"")
          .append(retrofitPath(op))
          .append("\")\n  Call<")
          .append(returnType)
          .append("> ")
          .append(Names.camel(op.id()))
          .append("(");
      if (params.size() <= 1) {
        apiMethods.append(String.join(", ", params));
      } else {
        apiMethods.append("\n      ").append(String.join(",\n      ", params));
      }
      apiMethods.append(");\n");
    }

    private List<String> pathParams(Operation op) {
      List<String> out = new ArrayList<>();
      for (JsonObject p : Operation.params(op.json())) {
        if (p.get("in").getAsString().equals("path")) {
          apiImports.add("retrofit2.http.Path");
          out.add(
              "@Path(\""
                  + p.get("name").getAsString()
                  + "\") long "
                  + Names.camel(p.get("name").getAsString()));
        }
      }
      return out;
    }

    private void list(Operation op) {
      JsonObject success = Spec.successSchema(op.json());
      String itemsProp = null;
      List<String> extras = new ArrayList<>();
      for (Map.Entry<String, JsonElement> e : success.getAsJsonObject("properties").entrySet()) {
        JsonObject p = e.getValue().getAsJsonObject();
        if (Spec.type(p).equals("array") && itemsProp == null) {
          itemsProp = e.getKey();
        } else if (!e.getKey().equals("meta")) {
          extras.add(e.getKey());
        }
      }
      JsonObject itemSchema =
          success.getAsJsonObject("properties").getAsJsonObject(itemsProp).getAsJsonObject("items");
      JType item = types.recordType(itemSchema, Side.RESPONSE);
      String envelope = Names.pascal(Names.singular(itemsProp)) + "ListResponse";
      List<String> comps =
          new ArrayList<>(List.of("List<" + item.code() + "> " + Names.camel(itemsProp)));
      Set<String> envImports = new TreeSet<>(item.imports());
      envImports.add("java.util.List");
      for (String x : extras) {
        JsonObject xs = success.getAsJsonObject("properties").getAsJsonObject(x);
        comps.add(scalar(xs) + " " + Names.camel(x));
      }
      comps.add("ListMeta meta");
      envelope(envelope, comps, envImports, "The answer to {@code " + op.id() + "}: one page.");
      apiImports.add(Model.SCHEMA + "." + envelope);
      apiImports.add("retrofit2.http.Query");
      List<QueryParam> qs = queryParams(op);
      List<String> params = new ArrayList<>();
      for (QueryParam q : qs) {
        params.add(
            "@Query(\""
                + q.wire()
                + "\") "
                + (q.list() ? "List<" + q.type() + ">" : q.type())
                + " "
                + q.java());
        if (q.list()) {
          apiImports.add("java.util.List");
        }
      }
      params.add("@Query(\"page\") Integer page");
      params.add("@Query(\"per_page\") Integer perPage");
      apiMethod(op, envelope, params);

      String options = op.pascal() + "Options";
      queryOptions(
          op,
          options,
          qs,
          "Filters for {@link "
              + Model.API
              + "."
              + client
              + "#list}: "
              + Names.doc(op.summary())
              + ".");
      clientImports.addAll(item.imports());
      clientImports.addAll(
          List.of(
              Model.CLOUD + "." + options,
              Model.SCHEMA + "." + envelope,
              "java.util.List",
              "java.util.Iterator"));
      String t = item.code();
      methodDoc(op, "All pages are fetched, concurrently once the page count is known.");
      clientMethods
          .append("  public List<")
          .append(t)
          .append("> list(")
          .append(options)
          .append(" options) {\n")
          .append("    return pages.all(listFetcher(options), Pages.MAX_PER_PAGE);\n  }\n");
      if (qs.stream().noneMatch(QueryParam::required)) {
        methodDoc(op, "All of them, all pages.");
        clientMethods
            .append("  public List<")
            .append(t)
            .append("> list() {\n    return list(")
            .append(options)
            .append(".ALL);\n  }\n");
      }
      methodDoc(op, "One page is fetched at a time, as the iterator goes.");
      clientMethods
          .append("  public Iterator<")
          .append(t)
          .append("> iterate(")
          .append(options)
          .append(" options) {\n")
          .append("    return Pages.iterate(listFetcher(options), Pages.MAX_PER_PAGE);\n  }\n");
      methodDoc(op, "One page ({@code perPage} at most 50).");
      clientMethods
          .append("  public Page<")
          .append(t)
          .append("> listPage(")
          .append(options)
          .append(
              " options, int page, int perPage) {\n    return listFetcher(options).fetch(page, perPage);\n  }\n");
      List<String> args = new ArrayList<>();
      qs.forEach(q -> args.add(q.arg()));
      args.add("page");
      args.add("perPage");
      clientMethods
          .append("\n  private Pages.Fetcher<")
          .append(t)
          .append("> listFetcher(")
          .append(options)
          .append(" o) {\n    return (page, perPage) -> {\n      ")
          .append(envelope)
          .append(" r =\n          Calls.execute(\n")
          .append("              api.")
          .append(Names.camel(op.id()))
          .append("(\n                  ")
          .append(String.join(",\n                  ", args))
          .append("));\n")
          .append("      return Pages.page(r.")
          .append(Names.camel(itemsProp))
          .append("(), r.meta(), page, perPage);\n    };\n  }\n");
    }

    private String scalar(JsonObject s) {
      return switch (Spec.type(s)) {
        case "integer" -> "Long";
        case "boolean" -> "Boolean";
        case "number" -> "Double";
        default -> "String";
      };
    }

    private void get(Operation op, boolean byId) {
      JsonObject success = Spec.successSchema(op.json());
      Map.Entry<String, JsonElement> only =
          success.getAsJsonObject("properties").entrySet().iterator().next();
      JType t = types.recordType(only.getValue().getAsJsonObject(), Side.RESPONSE);
      String envelope = singleEnvelope(only.getKey(), t);
      apiMethod(op, envelope, pathParams(op));
      clientImports.addAll(t.imports());
      clientImports.add(Model.SCHEMA + "." + envelope);
      String getter = Names.camel(only.getKey());
      if (byId) {
        clientImports.add("java.util.Optional");
        methodDoc(op, "Empty if there is none with this id.");
        clientMethods
            .append("  public Optional<")
            .append(t.code())
            .append("> get(long id) {\n")
            .append("    return Calls.executeOptional(api.")
            .append(Names.camel(op.id()))
            .append("(id)).map(")
            .append(envelope)
            .append("::")
            .append(getter)
            .append(");\n  }\n");
      } else {
        methodDoc(op, "");
        clientMethods
            .append("  public ")
            .append(t.code())
            .append(" get() {\n    return Calls.execute(api.")
            .append(Names.camel(op.id()))
            .append("()).")
            .append(getter)
            .append("();\n  }\n");
      }
    }

    private void getSub(Operation op) {
      JsonObject success = Spec.successSchema(op.json());
      Map.Entry<String, JsonElement> only =
          success.getAsJsonObject("properties").entrySet().iterator().next();
      JType t = types.recordType(only.getValue().getAsJsonObject(), Side.RESPONSE);
      String envelope = singleEnvelope(only.getKey(), t);
      List<String> params = new ArrayList<>(pathParams(op));
      List<QueryParam> qs = queryParams(op);
      apiImports.add("retrofit2.http.Query");
      for (QueryParam q : qs) {
        params.add(
            "@Query(\""
                + q.wire()
                + "\") "
                + (q.list() ? "List<" + q.type() + ">" : q.type())
                + " "
                + q.java());
        if (q.list()) {
          apiImports.add("java.util.List");
        }
      }
      apiMethod(op, envelope, params);
      String options = op.pascal() + "Options";
      queryOptions(
          op,
          options,
          qs,
          "What to ask {@code " + op.id() + "} for: " + Names.doc(op.summary()) + ".");
      clientImports.addAll(t.imports());
      clientImports.add(Model.CLOUD + "." + options);
      String name = Names.camel("get_" + op.path().substring(op.path().lastIndexOf('/') + 1));
      List<String> args = new ArrayList<>(List.of("id"));
      qs.forEach(q -> args.add(q.arg()));
      methodDoc(op, "");
      clientMethods
          .append("  public ")
          .append(t.code())
          .append(' ')
          .append(name)
          .append("(long id, ")
          .append(options)
          .append(" o) {\n    return Calls.execute(api.")
          .append(Names.camel(op.id()))
          .append("(")
          .append(String.join(", ", args))
          .append(")).")
          .append(Names.camel(only.getKey()))
          .append("();\n  }\n");
    }

    /** CREATE, UPDATE, DELETE and ACTION: a path id, maybe a body, an answer to unwrap. */
    private void change(Operation op) {
      List<String> apiParams = new ArrayList<>(pathParams(op));
      List<String> methodParams = new ArrayList<>();
      List<String> callArgs = new ArrayList<>();
      if (!apiParams.isEmpty()) {
        methodParams.add("long id");
        callArgs.add("id");
      }
      JsonObject request = Spec.requestSchema(op.json());
      List<String> paramDocs = new ArrayList<>();
      if (request != null) {
        JType body = types.recordType(request, Side.REQUEST);
        apiImports.addAll(body.imports());
        apiImports.add("retrofit2.http.Body");
        apiParams.add("@Body " + body.code() + " body");
        if (asParameters(request)) {
          clientImports.addAll(body.imports());
          JsonObject flat = Spec.flatten(request);
          JsonObject props = flat.getAsJsonObject("properties");
          List<String> requiredProps = Spec.strings(flat.getAsJsonArray("required"));
          List<String> ctorArgs = new ArrayList<>();
          for (Map.Entry<String, JsonElement> e : props.entrySet()) {
            String type =
                switch (Spec.type(e.getValue().getAsJsonObject())) {
                  case "integer" -> "long";
                  case "boolean" -> "boolean";
                  case "number" -> "double";
                  default -> "String";
                };
            String jn = Names.camel(e.getKey());
            if (e.getKey().equals("id")) {
              jn = "targetId";
            }
            methodParams.add(type + " " + jn);
            if (requiredProps.contains(e.getKey())) {
              ctorArgs.add(jn);
            } else {
              // The API lets this be left out; a method parameter always has a value, so it is
              // always sent.
              clientImports.add("java.util.Optional");
              ctorArgs.add("Optional.of(" + jn + ")");
            }
            String pd =
                Names.doc(
                    e.getValue().getAsJsonObject().has("description")
                        ? e.getValue().getAsJsonObject().get("description").getAsString()
                        : "");
            paramDocs.add(
                "{@code "
                    + jn
                    + "}: "
                    + (pd.isEmpty() ? "the {@code " + e.getKey() + "} field." : pd));
          }
          callArgs.add("new " + body.code() + "(" + String.join(", ", ctorArgs) + ")");
        } else {
          clientImports.addAll(body.imports());
          methodParams.add(body.code() + " options");
          callArgs.add("options");
        }
      }
      JsonObject success = Spec.successSchema(op.json());
      String returnType;
      String envelope;
      String unwrap;
      if (success == null) {
        envelope = "Void";
        returnType = "void";
        unwrap = null;
      } else if (ApiGenerator.isResult(op, success)) {
        JType r = types.recordType(success, Side.RESPONSE);
        apiImports.addAll(r.imports());
        clientImports.addAll(r.imports());
        envelope = r.code();
        returnType = r.code();
        unwrap = "";
      } else {
        Map.Entry<String, JsonElement> only =
            success.getAsJsonObject("properties").entrySet().iterator().next();
        if (only.getKey().equals("action")) {
          envelope = "ActionResponse";
          returnType = "Action";
          clientImports.add(Model.CLOUD + ".Action");
          apiImports.add(Model.SCHEMA + ".ActionResponse");
        } else if (only.getKey().equals("actions")) {
          envelope = "ActionListResponse";
          returnType = "List<Action>";
          clientImports.add(Model.CLOUD + ".Action");
          clientImports.add("java.util.List");
        } else {
          JType t = types.recordType(only.getValue().getAsJsonObject(), Side.RESPONSE);
          envelope = singleEnvelope(only.getKey(), t);
          returnType = t.code();
          clientImports.addAll(t.imports());
        }
        clientImports.add(Model.SCHEMA + "." + envelope);
        unwrap = "." + Names.camel(only.getKey()) + "()";
      }
      apiMethod(op, envelope, apiParams);
      String name =
          switch (op.kind()) {
            case CREATE -> "create";
            case UPDATE -> "update";
            case DELETE -> "delete";
            default -> Names.camel(op.actionName());
          };
      methodDoc(op, paramDocs.isEmpty() ? "" : String.join(" ", paramDocs));
      String call =
          "Calls.execute(api." + Names.camel(op.id()) + "(" + String.join(", ", callArgs) + "))";
      clientMethods
          .append("  public ")
          .append(returnType)
          .append(' ')
          .append(name)
          .append("(")
          .append(String.join(", ", methodParams))
          .append(") {\n    ")
          .append(unwrap == null ? call + ";" : "return " + call + unwrap + ";")
          .append("\n  }\n");
    }

    private void actions(Operation op, String signature, String body, String doc) {
      hasActions = true;
      clientImports.add(Model.CLOUD + ".Action");
      clientImports.add("java.util.List");
      clientImports.add("java.util.Optional");
      methodDoc(op, doc);
      clientMethods
          .append("  public ")
          .append(signature)
          .append(" {\n    ")
          .append(body)
          .append("\n  }\n");
    }

    private String singleEnvelope(String prop, JType t) {
      String name = Names.pascal(prop) + "Response";
      envelope(
          name,
          List.of(t.code() + " " + Names.camel(prop)),
          t.imports(),
          "{@code {\"" + prop + "\": ...}}.");
      apiImports.add(Model.SCHEMA + "." + name);
      return name;
    }

    private void envelope(String name, List<String> components, Set<String> imports, String doc) {
      String file = ApiGenerator.fileOf(Model.SCHEMA, name);
      if (files.containsKey(file)) {
        return;
      }
      String body =
          "/** "
              + doc
              + " */\npublic record "
              + name
              + "("
              + String.join(", ", components)
              + ") {}\n";
      files.put(file, JavaEmitter.file(Model.SCHEMA, imports, body));
    }

    private void queryOptions(Operation op, String name, List<QueryParam> qs, String doc) {
      Set<String> imports = new TreeSet<>();
      StringBuilder sb = new StringBuilder();
      List<String> tags = new ArrayList<>();
      qs.forEach(q -> tags.add("@param " + q.java() + " " + q.doc()));
      JavaEmitter.javadoc(sb, "", doc, tags);
      List<String> comps = new ArrayList<>();
      for (QueryParam q : qs) {
        comps.add(q.componentType() + " " + q.java());
        imports.add(
            q.list() ? "java.util.List" : q.required() ? "java.lang.String" : "java.util.Optional");
      }
      sb.append("public record ")
          .append(name)
          .append("(\n    ")
          .append(String.join(",\n    ", comps))
          .append(") {\n");
      boolean anyRequired = qs.stream().anyMatch(QueryParam::required);
      List<String> empty = new ArrayList<>();
      for (QueryParam q : qs) {
        empty.add(q.list() ? "List.of()" : q.required() ? q.java() : "Optional.empty()");
      }
      if (!anyRequired) {
        imports.add("java.util.List");
        imports.add("java.util.Optional");
        sb.append("  /** No filter: everything. */\n  public static final ")
            .append(name)
            .append(" ALL =\n      new ")
            .append(name)
            .append("(")
            .append(String.join(", ", empty))
            .append(");\n\n");
      }
      sb.append("  public ").append(name).append(" {\n");
      for (QueryParam q : qs) {
        String n = q.java();
        if (q.list()) {
          sb.append("    ")
              .append(n)
              .append(" = ")
              .append(n)
              .append(" == null ? List.of() : List.copyOf(")
              .append(n)
              .append(");\n");
        } else if (q.required()) {
          imports.add("java.util.Objects");
          sb.append("    Objects.requireNonNull(")
              .append(n)
              .append(", \"")
              .append(q.wire())
              .append("\");\n");
        } else {
          sb.append("    ")
              .append(n)
              .append(" = ")
              .append(n)
              .append(" == null ? Optional.empty() : ")
              .append(n)
              .append(";\n");
        }
      }
      sb.append("  }\n");
      if (anyRequired) {
        imports.add("java.util.List");
        imports.add("java.util.Optional");
        List<String> params = new ArrayList<>();
        for (QueryParam q : qs) {
          if (q.required()) {
            params.add((q.list() ? "List<" + q.type() + ">" : q.type()) + " " + q.java());
          }
        }
        List<String> args = new ArrayList<>();
        for (QueryParam q : qs) {
          args.add(q.required() ? q.java() : q.list() ? "List.of()" : "Optional.empty()");
        }
        sb.append("\n  /** With the required parameters only. */\n  public static ")
            .append(name)
            .append(" of(")
            .append(String.join(", ", params))
            .append(") {\n    return new ")
            .append(name)
            .append("(")
            .append(String.join(", ", args))
            .append(");\n  }\n");
      }
      for (QueryParam q : qs) {
        if (q.required()) {
          continue;
        }
        String cap = Character.toUpperCase(q.java().charAt(0)) + q.java().substring(1);
        List<String> args = new ArrayList<>();
        for (QueryParam o : qs) {
          args.add(
              o == q
                  ? (q.list() ? "List.of(" + q.java() + ")" : "Optional.of(" + q.java() + ")")
                  : o.java());
        }
        sb.append("\n  /** A copy with {@code ")
            .append(q.wire())
            .append("} set. */\n  public ")
            .append(name)
            .append(" with")
            .append(cap)
            .append("(")
            .append(q.type())
            .append(q.list() ? "... " : " ")
            .append(q.java())
            .append(") {\n    return new ")
            .append(name)
            .append("(")
            .append(String.join(", ", args))
            .append(");\n  }\n");
      }
      sb.append("}\n");
      files.put(
          ApiGenerator.fileOf(Model.CLOUD, name),
          JavaEmitter.file(Model.CLOUD, imports, sb.toString()));
    }

    void finish() {
      if (hasActions) {
        clientImports.add(Model.SCHEMA + ".ActionListResponse");
      }
      Set<String> used = new LinkedHashSet<>(List.of(Model.SCHEMA + "." + api));
      String body = clientMethods.toString();
      for (String imp : clientImports) {
        String simple = imp.substring(imp.lastIndexOf('.') + 1);
        if (body.matches("(?s).*\\b" + simple + "\\b.*")) {
          used.add(imp);
        }
      }
      String apiBody =
          "/** Retrofit interface of {@code /"
              + family
              + "}; null query parameters are not sent. */\n"
              + "public interface "
              + api
              + " {"
              + apiMethods
              + "}\n";
      files.put(
          ApiGenerator.fileOf(Model.SCHEMA, api),
          JavaEmitter.file(Model.SCHEMA, apiImports, apiBody));
      StringBuilder cls = new StringBuilder();
      JavaEmitter.javadoc(
          cls,
          "",
          Names.pascal(family).replaceAll("([a-z])([A-Z])", "$1 $2")
              + ": one method per endpoint of {@code /"
              + family
              + "}. Calls that change something return the action to"
              + " wait for with {@link ActionWaiter}. Obtain it from {@link HcloudClient}.",
          List.of("@see <a href=\"" + DOCS + Names.slug(firstTag) + "\">" + firstTag + "</a>"));
      cls.append("public final class ")
          .append(client)
          .append(" {\n  private final ")
          .append(api)
          .append(" api;\n")
          .append("  private final Pages pages;\n");
      if (hasActions) {
        cls.append("  private final ResourceActions actions;\n");
      }
      cls.append("\n  ")
          .append(client)
          .append("(")
          .append(api)
          .append(" api, Pages pages")
          .append(hasActions ? ", ResourceActions actions" : "")
          .append(") {\n    this.api = api;\n    this.pages = pages;\n");
      if (hasActions) {
        cls.append("    this.actions = actions;\n");
      }
      cls.append("  }\n").append(body).append("}\n");
      files.put(
          ApiGenerator.fileOf(Model.API, client),
          JavaEmitter.file(Model.API, used, cls.toString()));
    }
  }
}
