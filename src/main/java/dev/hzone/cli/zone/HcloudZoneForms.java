package dev.hzone.cli.zone;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Zone;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The hcloud CLI's zone command forms ({@code hcloud zone export-zonefile}, {@code hcloud zone
 * rrset add-records --record V ZONE NAME TYPE} and the rest), so that its users' habits and scripts
 * work. Each form is an adapter: it reads the hcloud CLI's flags and runs the hzone verb that does
 * the job ({@code zone import}, {@code record add} ...) with hzone's arguments, then prints the
 * hcloud CLI's sentence. Only what hzone had no verb for (the API's own export, RRSet labels and
 * protection) talks to the client here.
 */
final class HcloudZoneForms {
  private HcloudZoneForms() {}

  /**
   * Runs an hzone verb with rewritten arguments; on success prints {@code sentence} instead of its
   * own one.
   */
  static int delegate(
      Invocation inv,
      CommandLine cl,
      Verb target,
      String path,
      List<String> argv,
      String sentence) {
    List<String> args = new ArrayList<>(argv);
    if (Printer.of(inv, cl).machine()) {
      return VerbRunner.run(target, path, inv, args);
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Invocation quiet =
        new Invocation(
            new PrintStream(captured, true, StandardCharsets.UTF_8),
            inv.err(),
            inv.in(),
            inv.env(),
            inv.workDir(),
            inv.globals(),
            inv.resources());
    int code = VerbRunner.run(target, path, quiet, args);
    if (code == ExitCodes.OK) {
      inv.out().println(sentence);
    } else {
      inv.out().print(captured.toString(StandardCharsets.UTF_8));
    }
    return code;
  }

  // ---- hcloud zone ...

  static Verb exportZonefile() {
    return new Verb(
        "export-zonefile",
        "Print the zone file the API generates, verbatim (the hcloud CLI's form)",
        "ZONE",
        "hzone zone export-zonefile example.com\nhzone zone export-zonefile example.com -o json",
        () -> Printer.addOutputOption(new Options()),
        HcloudZoneForms::exportZonefileRun);
  }

  private static int exportZonefileRun(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone export-zonefile", "ZONE").get(0);
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, arg), "zone file");
    String text = client.zones().exportZonefile(String.valueOf(zone.id()));
    JsonObject o = new JsonObject();
    o.addProperty("zonefile", text);
    Printer.of(inv, cl).value(o, () -> inv.out().print(text));
    return ExitCodes.OK;
  }

  static Verb importZonefile(Verb hzoneImport) {
    return new Verb(
        "import-zonefile",
        "Replace a zone's records with a zone file, without asking (the hcloud "
            + "CLI's form of 'zone import --yes')",
        "--zonefile FILE ZONE",
        "hzone zone import-zonefile --zonefile example.com.zone example.com",
        () ->
            new Options()
                .addOption(
                    Option.builder()
                        .longOpt("zonefile")
                        .hasArg()
                        .argName("FILE")
                        .required()
                        .desc("the zone file (BIND format)")
                        .build()),
        (inv, cl) -> {
          String zone =
              VerbRunner.positional(cl, 1, 1, "zone import-zonefile", "--zonefile FILE ZONE")
                  .get(0);
          return delegate(
              inv,
              cl,
              hzoneImport,
              "zone import",
              List.of(zone, "--file", cl.getOptionValue("zonefile"), "--yes"),
              "Zone file for Zone " + Zones.ref(zone) + " imported");
        });
  }

  static Verb changeTtl(Verb hzoneSetTtl) {
    return new Verb(
        "change-ttl",
        "Set a zone's default TTL (the hcloud CLI's form of 'zone set-ttl')",
        "--ttl SECONDS ZONE",
        "hzone zone change-ttl --ttl 3600 example.com",
        () ->
            new Options()
                .addOption(
                    Option.builder()
                        .longOpt("ttl")
                        .hasArg()
                        .argName("SECONDS")
                        .required()
                        .desc("the zone's default TTL")
                        .build()),
        (inv, cl) -> {
          String zone =
              VerbRunner.positional(cl, 1, 1, "zone change-ttl", "--ttl SECONDS ZONE").get(0);
          return delegate(
              inv,
              cl,
              hzoneSetTtl,
              "zone set-ttl",
              List.of(zone, cl.getOptionValue("ttl")),
              "Changed default TTL on Zone " + Zones.ref(zone));
        });
  }

  static Verb changePrimaryNameservers(Verb hzoneSetPrimaries) {
    return new Verb(
        "change-primary-nameservers",
        "Replace a secondary zone's primaries from a JSON file (the "
            + "hcloud CLI's form of 'zone set-primaries')",
        "--primary-nameservers-file FILE ZONE",
        """
        hzone zone change-primary-nameservers --primary-nameservers-file primaries.json example.com
          # primaries.json: [{"address": "198.51.100.7", "port": 53, "tsig_algorithm": "hmac-sha256", "tsig_key": "..."}]""",
        () ->
            new Options()
                .addOption(
                    Option.builder()
                        .longOpt(PrimaryOptions.FILE_OPTION)
                        .hasArg()
                        .argName("FILE")
                        .required()
                        .desc(
                            "a JSON array of {\"address\", \"port\", \"tsig_algorithm\", \"tsig_key\"}")
                        .build()),
        (inv, cl) -> {
          String zone =
              VerbRunner.positional(
                      cl,
                      1,
                      1,
                      "zone change-primary-nameservers",
                      "--primary-nameservers-file FILE ZONE")
                  .get(0);
          return delegate(
              inv,
              cl,
              hzoneSetPrimaries,
              "zone set-primaries",
              List.of(
                  zone,
                  "--" + PrimaryOptions.FILE_OPTION,
                  cl.getOptionValue(PrimaryOptions.FILE_OPTION)),
              "Primary nameservers for Zone " + Zones.ref(zone) + " updated");
        });
  }

  // ---- hcloud zone rrset ...

  /**
   * {@code zone rrset} (also {@code zone record}, {@code zone records}), onto the verbs of {@code
   * hzone record}.
   */
  static CommandGroup rrset(CommandGroup record) {
    Function<String, Verb> hz = w -> record.verb(w).orElseThrow();
    return new CommandGroup(
        "zone rrset",
        "Manage RRSets the hcloud CLI's way (hzone's own: 'hzone record')",
        List.of(
            renamed(
                hz.apply("list"),
                "list",
                "List a zone's RRSets",
                "ZONE",
                "hzone zone rrset list example.com\nhzone zone rrset list example.com --type A,AAAA -o json"),
            renamed(
                hz.apply("describe"),
                "describe",
                "Show one RRSet",
                "ZONE NAME TYPE",
                "hzone zone rrset describe example.com www A"),
            create(hz.apply("set")),
            new Verb(
                "delete",
                "Delete an RRSet",
                "ZONE NAME TYPE",
                "hzone zone rrset delete example.com www A",
                Options::new,
                (inv, cl) -> {
                  List<String> a = key(cl, "delete");
                  return delegate(
                      inv,
                      cl,
                      hz.apply("delete"),
                      "record delete",
                      a,
                      "Zone RRSet " + a.get(1) + " " + a.get(2) + " deleted");
                }),
            records(
                "add-records",
                "Add records to an RRSet (created if needed)",
                hz.apply("add"),
                "record add",
                "Added records on Zone RRSet",
                true),
            records(
                "remove-records",
                "Remove records from an RRSet",
                hz.apply("remove"),
                "record remove",
                "Removed records from Zone RRSet",
                false),
            records(
                "set-records",
                "Make an RRSet hold exactly these records (created if needed)",
                hz.apply("set"),
                "record set",
                "Set records on Zone RRSet",
                true),
            new Verb(
                "change-ttl",
                "Set an RRSet's TTL, or --unset to follow the zone's",
                "(--ttl SECONDS | --unset) " + "ZONE NAME TYPE",
                "hzone zone rrset change-ttl --ttl 300 example.com www A\n"
                    + "hzone zone rrset change-ttl --unset example.com www A",
                () ->
                    new Options()
                        .addOption(ZoneCommand.opt("ttl", "SECONDS", "the RRSet's TTL"))
                        .addOption(ZoneCommand.flag("unset", "follow the zone's default TTL")),
                (inv, cl) -> {
                  List<String> a = key(cl, "change-ttl");
                  if (cl.hasOption("ttl") == cl.hasOption("unset")) {
                    throw CliException.usage("give --ttl SECONDS or --unset");
                  }
                  List<String> argv = new ArrayList<>(a);
                  argv.add(cl.hasOption("unset") ? "default" : cl.getOptionValue("ttl"));
                  return delegate(
                      inv,
                      cl,
                      hz.apply("set-ttl"),
                      "record set-ttl",
                      argv,
                      "Changed TTL on Zone RRSet " + a.get(1) + " " + a.get(2));
                }),
            protection(true),
            protection(false),
            new Verb(
                "add-label",
                "Add labels to an RRSet",
                "ZONE NAME TYPE KEY=VALUE...",
                "hzone zone rrset add-label example.com www A env=prod",
                () ->
                    new Options()
                        .addOption(ZoneCommand.flag("overwrite", "replace existing values")),
                HcloudZoneForms::addLabel),
            new Verb(
                "remove-label",
                "Remove labels from an RRSet",
                "ZONE NAME TYPE (--all | KEY...)",
                "hzone zone rrset remove-label example.com www A env\nhzone zone rrset remove-label example.com www A "
                    + "--all",
                () -> new Options().addOption(ZoneCommand.flag("all", "remove every label")),
                HcloudZoneForms::removeLabel)),
        List.of(),
        List.of("record", "records"));
  }

  private static Verb renamed(Verb v, String name, String summary, String usage, String examples) {
    return new Verb(name, summary, usage, examples, v.options(), v.handler());
  }

  private static List<String> key(CommandLine cl, String verb) {
    return VerbRunner.positional(cl, 3, 3, "zone rrset " + verb, "ZONE NAME TYPE");
  }

  private static Options recordOptions(boolean ttl) {
    Options o =
        new Options()
            .addOption(
                Option.builder()
                    .longOpt("record")
                    .hasArg()
                    .argName("VALUE")
                    .desc("a record's value, as the API writes it (repeatable)")
                    .build())
            .addOption(
                ZoneCommand.opt(
                    "records-file",
                    "FILE",
                    "a JSON array of {\"value\", \"comment\"} (instead of --record)"));
    if (ttl) {
      o.addOption(ZoneCommand.opt("ttl", "SECONDS", "the RRSet's TTL when it is created"));
    }
    return o;
  }

  private static Verb records(
      String name, String summary, Verb target, String path, String sentence, boolean ttl) {
    return new Verb(
        name,
        summary,
        "(--record VALUE... | --records-file FILE) ZONE NAME TYPE",
        "hzone zone rrset "
            + name
            + " --record 203.0.113.7 example.com www A\n"
            + "hzone zone rrset "
            + name
            + " --records-file records.json example.com www A",
        () -> recordOptions(ttl),
        (inv, cl) -> {
          List<String> a = key(cl, name);
          List<Record> recs = records(inv, cl);
          if (recs.isEmpty() && name.equals("set-records")) {
            throw CliException.usage(
                "give at least one --record (delete an RRSet with 'hzone zone rrset delete')");
          }
          int code =
              runWithRecords(
                  inv,
                  cl,
                  target,
                  path,
                  a,
                  recs,
                  cl.hasOption("ttl") ? List.of("--ttl", cl.getOptionValue("ttl")) : List.of(),
                  sentence + " " + a.get(1) + " " + a.get(2));
          return code;
        });
  }

  private static Verb create(Verb set) {
    return new Verb(
        "create",
        "Create an RRSet (fails if it exists)",
        "--name NAME --type TYPE (--record VALUE... | --records-file FILE) ZONE",
        """
        hzone zone rrset create --name www --type A --record 203.0.113.7 --record 203.0.113.8 example.com
        hzone zone rrset create --name @ --type MX --records-file mx.json --ttl 3600 --label env=prod example.com""",
        () ->
            recordOptions(true)
                .addOption(
                    Option.builder()
                        .longOpt("name")
                        .hasArg()
                        .argName("NAME")
                        .required()
                        .desc("the RRSet's name")
                        .build())
                .addOption(
                    Option.builder()
                        .longOpt("type")
                        .hasArg()
                        .argName("TYPE")
                        .required()
                        .desc("the RRSet's type")
                        .build())
                .addOption(
                    Option.builder()
                        .longOpt("label")
                        .hasArg()
                        .argName("KEY=VALUE")
                        .desc("a label (repeatable)")
                        .build()),
        (inv, cl) -> {
          String zoneArg =
              VerbRunner.positional(cl, 1, 1, "zone rrset create", "--name NAME --type TYPE ZONE")
                  .get(0);
          List<Record> recs = records(inv, cl);
          Map<String, String> labels =
              cl.hasOption("label") ? Zones.labels(List.of(cl.getOptionValues("label"))) : Map.of();
          HcloudClient client = ClientFactory.client(inv);
          Zone zone = Zones.requirePrimary(Zones.require(client, zoneArg), "records");
          RrsetKey key =
              RrsetKey.of(
                  RecordInput.name(cl.getOptionValue("name"), zone.name()),
                  RecordInput.type(cl.getOptionValue("type")));
          if (client.rrsets().get(String.valueOf(zone.id()), key).isPresent()) {
            throw CliException.failed(
                "Zone RRSet "
                    + key.name()
                    + " "
                    + key.type()
                    + " already exists in zone "
                    + zone.name()
                    + " (change it with 'hzone zone rrset set-records' or 'add-records')");
          }
          List<String> a = List.of(zoneArg, cl.getOptionValue("name"), cl.getOptionValue("type"));
          int code =
              runWithRecords(
                  inv,
                  cl,
                  set,
                  "record set",
                  a,
                  recs,
                  cl.hasOption("ttl") ? List.of("--ttl", cl.getOptionValue("ttl")) : List.of(),
                  "Zone RRSet " + key.name() + " " + key.type() + " created");
          if (code == ExitCodes.OK && !labels.isEmpty()) {
            client.rrsets().updateLabels(String.valueOf(zone.id()), key, labels);
          }
          return code;
        });
  }

  /** A record of {@code --record} or {@code --records-file}. */
  private record Record(String value, String comment) {}

  private static List<Record> records(Invocation inv, CommandLine cl) {
    if (cl.hasOption("record") == cl.hasOption("records-file")) {
      throw CliException.usage(
          "give the records with --record VALUE (repeatable) or --records-file FILE, "
              + "one of the two");
    }
    if (cl.hasOption("record")) {
      return List.of(cl.getOptionValues("record")).stream().map(v -> new Record(v, "")).toList();
    }
    Path p = inv.path(cl.getOptionValue("records-file"));
    JsonElement root;
    try {
      root = JsonParser.parseString(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CliException.data("cannot read " + p + ": " + e.getMessage());
    } catch (JsonParseException e) {
      throw CliException.data(
          p + ": not JSON: give an array of {\"value\": \"...\", \"comment\": \"...\"}");
    }
    if (!root.isJsonArray()) {
      throw CliException.data(
          p + ": give a JSON array of {\"value\": \"...\", \"comment\": \"...\"}");
    }
    List<Record> out = new ArrayList<>();
    int i = 0;
    for (JsonElement e : root.getAsJsonArray()) {
      String where = p + ": [" + i++ + "]";
      if (!e.isJsonObject()
          || !e.getAsJsonObject().has("value")
          || !e.getAsJsonObject().get("value").isJsonPrimitive()) {
        throw CliException.data(where + ": a record is an object with a string \"value\"");
      }
      JsonObject o = e.getAsJsonObject();
      JsonElement c = o.get("comment");
      if (c != null && !c.isJsonNull() && !c.isJsonPrimitive()) {
        throw CliException.data(where + ".comment: not a string");
      }
      out.add(
          new Record(
              o.get("value").getAsString(), c == null || c.isJsonNull() ? "" : c.getAsString()));
    }
    return out;
  }

  /**
   * Runs {@code target} with the values; per-record comments the one {@code --comment} of hzone's
   * verb cannot carry are set afterwards with {@code record set-comment}.
   */
  private static int runWithRecords(
      Invocation inv,
      CommandLine cl,
      Verb target,
      String path,
      List<String> key,
      List<Record> recs,
      List<String> extra,
      String sentence) {
    List<String> argv = new ArrayList<>(key);
    recs.forEach(r -> argv.add(r.value()));
    argv.addAll(extra);
    String first = recs.isEmpty() ? "" : recs.get(0).comment();
    boolean oneComment = recs.stream().allMatch(r -> r.comment().equals(first));
    if (oneComment && !first.isEmpty() && !path.equals("record remove")) {
      argv.add("--comment");
      argv.add(first);
    }
    int code = delegate(inv, cl, target, path, argv, sentence);
    if (code != ExitCodes.OK || oneComment || path.equals("record remove")) {
      return code;
    }
    Verb setComment = RecordCommand.group().verb("set-comment").orElseThrow();
    for (Record r : recs) {
      if (!r.comment().isEmpty()) {
        List<String> c = new ArrayList<>(key);
        c.add(r.value());
        c.add(r.comment());
        int rc = delegate(inv, cl, setComment, "record set-comment", c, "");
        if (rc != ExitCodes.OK) {
          return rc;
        }
      }
    }
    return code;
  }

  private static Verb protection(boolean on) {
    String name = on ? "enable-protection" : "disable-protection";
    return new Verb(
        name,
        (on ? "Protect an RRSet from changes" : "Allow an RRSet to be changed again"),
        "ZONE NAME TYPE [change]",
        "hzone zone rrset " + name + " example.com www A change",
        Options::new,
        (inv, cl) -> {
          List<String> a =
              VerbRunner.positional(cl, 3, 4, "zone rrset " + name, "ZONE NAME TYPE [change]");
          if (a.size() == 4 && !a.get(3).equals("change")) {
            throw CliException.usage(
                "unknown protection level '" + a.get(3) + "': RRSets only have 'change'");
          }
          Target t = target(inv, a);
          Zones.await(
              t.client(),
              t.client().rrsets().changeProtection(t.zoneRef(), t.key(), on),
              "changing the protection of " + t.what());
          inv.out()
              .println(
                  "Resource protection "
                      + (on ? "enabled" : "disabled")
                      + " for Zone RRSet "
                      + t.key().name()
                      + " "
                      + t.key().type());
          return ExitCodes.OK;
        });
  }

  private static int addLabel(Invocation inv, CommandLine cl) {
    List<String> a =
        VerbRunner.positional(cl, 4, -1, "zone rrset add-label", "ZONE NAME TYPE KEY=VALUE...");
    Map<String, String> add = Zones.labels(a.subList(3, a.size()));
    Target t = target(inv, a);
    Map<String, String> labels = new LinkedHashMap<>(t.rrset().labels());
    for (Map.Entry<String, String> e : add.entrySet()) {
      if (labels.containsKey(e.getKey())
          && !cl.hasOption("overwrite")
          && !labels.get(e.getKey()).equals(e.getValue())) {
        throw CliException.failed(
            "Zone RRSet "
                + t.key().name()
                + " "
                + t.key().type()
                + " already has label "
                + e.getKey()
                + "="
                + labels.get(e.getKey())
                + " (add --overwrite to replace it)");
      }
      labels.put(e.getKey(), e.getValue());
    }
    t.client().rrsets().updateLabels(t.zoneRef(), t.key(), labels);
    inv.out()
        .println(
            "Label(s) "
                + String.join(", ", add.keySet())
                + " added to Zone RRSet "
                + t.key().name()
                + " "
                + t.key().type());
    return ExitCodes.OK;
  }

  private static int removeLabel(Invocation inv, CommandLine cl) {
    List<String> a =
        VerbRunner.positional(
            cl, 3, -1, "zone rrset remove-label", "ZONE NAME TYPE (--all | KEY...)");
    boolean all = cl.hasOption("all");
    if (a.size() == 3 && !all) {
      throw CliException.usage("name the label keys to remove, or give --all");
    }
    Target t = target(inv, a);
    Map<String, String> labels = new LinkedHashMap<>(t.rrset().labels());
    List<String> keys = a.subList(3, a.size());
    for (String k : keys) {
      if (labels.remove(k) == null) {
        throw CliException.failed(
            "Zone RRSet " + t.key().name() + " " + t.key().type() + " has no label '" + k + "'");
      }
    }
    if (all) {
      labels.clear();
    }
    t.client().rrsets().updateLabels(t.zoneRef(), t.key(), labels);
    inv.out()
        .println(
            (all ? "All labels" : "Label(s) " + String.join(", ", keys))
                + " removed from Zone RRSet "
                + t.key().name()
                + " "
                + t.key().type());
    return ExitCodes.OK;
  }

  /**
   * The RRSet that ZONE NAME TYPE names, read from the API; a missing one is an error naming it.
   */
  private record Target(HcloudClient client, Zone zone, RrsetKey key, Rrset rrset) {
    String zoneRef() {
      return String.valueOf(zone.id());
    }

    String what() {
      return key.name() + " " + key.type() + " in zone " + zone.name();
    }
  }

  private static Target target(Invocation inv, List<String> a) {
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, a.get(0)), "records");
    RrsetKey key = RrsetKey.of(RecordInput.name(a.get(1), zone.name()), RecordInput.type(a.get(2)));
    Rrset rrset;
    try {
      rrset =
          client
              .rrsets()
              .get(String.valueOf(zone.id()), key)
              .orElseThrow(
                  () ->
                      CliException.failed(
                          "zone "
                              + zone.name()
                              + " has no "
                              + key.type()
                              + " records at "
                              + key.name()));
    } catch (ApiException e) {
      if (e.is(ErrorCode.NOT_FOUND)) {
        throw CliException.failed(
            "zone " + zone.name() + " has no " + key.type() + " records at " + key.name());
      }
      throw e;
    }
    return new Target(client, zone, key, rrset);
  }
}
