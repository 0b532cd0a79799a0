package dev.hzone.cli.zone;

import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone zone ...}: DNS zones, as the hcloud CLI has them, plus checks of what they are set
 * up with.
 */
public final class ZoneCommand {
  private ZoneCommand() {}

  /** The {@code zone} command group. */
  public static Command create() {
    CommandGroup own = hzoneForms();
    java.util.function.Function<String, Verb> v = w -> own.verb(w).orElseThrow();
    List<Verb> verbs = new java.util.ArrayList<>();
    own.verbs().forEach(w -> verbs.add(v.apply(w)));
    // The hcloud CLI's forms, beside hzone's own (issue 15): adapters onto the verbs above.
    verbs.add(HcloudZoneForms.exportZonefile());
    verbs.add(HcloudZoneForms.importZonefile(v.apply("import")));
    verbs.add(HcloudZoneForms.changeTtl(v.apply("set-ttl")));
    verbs.add(HcloudZoneForms.changePrimaryNameservers(v.apply("set-primaries")));
    return new CommandGroup(
        "zone",
        "Manage DNS zones",
        verbs,
        List.of(HcloudZoneForms.rrset(RecordCommand.group())),
        List.of());
  }

  private static CommandGroup hzoneForms() {
    return new CommandGroup(
        "zone",
        "Manage DNS zones",
        List.of(
            new Verb(
                "list",
                "List zones",
                "",
                """
            hzone zone list
            hzone zone list --mode secondary --selector env=prod --sort name
            hzone zone list -o columns=name,ttl,record_count,delegation_status -o noheader
            hzone -o json zone list""",
                () ->
                    show(
                        Printer.addListOptions(new Options())
                            .addOption(
                                opt("mode", "MODE", "only primary or only secondary zones"))),
                ZoneVerbs::list),
            new Verb(
                "describe",
                "Show a zone",
                "ZONE",
                "hzone zone describe example.com\nhzone zone describe 4711 -o yaml",
                () -> show(Printer.addOutputOption(new Options())),
                ZoneVerbs::describe),
            new Verb(
                "create",
                "Create a zone (primary, or secondary with its primaries)",
                "NAME",
                """
            hzone zone create example.com
            hzone zone create example.com --ttl 3600 --label env=prod --file example.com.zone
            hzone zone create example.com --mode secondary --primary 198.51.100.7 --tsig-key-file transfer.key
            hzone zone create example.com --mode secondary --primary 198.51.100.7 --primary [2001:db8::7]:5353
            hzone zone create --name example.com --zonefile example.com.zone --enable-protection delete
            hzone zone create --name example.com --mode secondary --primary-nameservers-file primaries.json""",
                () ->
                    show(PrimaryOptions.add(Printer.addOutputOption(new Options())))
                        .addOption(opt("mode", "MODE", "primary (default) or secondary"))
                        .addOption(
                            opt(
                                "ttl",
                                "SECONDS",
                                "the zone's default TTL (the API's default is 3600)"))
                        .addOption(
                            Option.builder()
                                .longOpt("label")
                                .hasArg()
                                .argName("KEY=VALUE")
                                .desc("a label (repeatable)")
                                .build())
                        .addOption(
                            opt("file", "FILE", "a zone file to import into the new primary zone"))
                        .addOption(
                            opt(
                                "name",
                                "NAME",
                                "the zone's name, as the hcloud CLI takes it (instead of NAME)"))
                        .addOption(opt("zonefile", "FILE", "the hcloud CLI's name for --file"))
                        .addOption(
                            Option.builder()
                                .longOpt("enable-protection")
                                .hasArg()
                                .argName("delete")
                                .desc(
                                    "protect the new zone (the hcloud CLI's form; the only level is delete)")
                                .build()),
                ZoneVerbs::create),
            new Verb(
                "update",
                "Replace a zone's labels",
                "ZONE",
                "hzone zone update example.com --label env=prod --label team=web\nhzone zone update example.com --clear-labels",
                () ->
                    show(Printer.addOutputOption(new Options()))
                        .addOption(
                            Option.builder()
                                .longOpt("label")
                                .hasArg()
                                .argName("KEY=VALUE")
                                .desc("a label (repeatable); the zone gets exactly these")
                                .build())
                        .addOption(flag("clear-labels", "remove every label")),
                ZoneVerbs::update),
            new Verb(
                "delete",
                "Delete zones and all their records",
                "ZONE...",
                "hzone zone delete example.com\nhzone zone delete example.com example.org",
                Options::new,
                ZoneVerbs::delete),
            new Verb(
                "export",
                "Print a zone as a canonical zone file",
                "ZONE",
                "hzone zone export example.com > example.com.zone\nhzone zone export example.com --out zones/example.com.zone",
                () ->
                    new Options()
                        .addOption(opt("out", "FILE", "write to FILE instead of stdout"))
                        .addOption(
                            Option.builder()
                                .longOpt("force")
                                .desc("with --out: replace FILE if it exists")
                                .build()),
                ZoneFileVerbs::export),
            new Verb(
                "import",
                "Replace a zone's records with a zone file (shows the changes and asks)",
                "ZONE",
                """
            hzone zone import example.com --file example.com.zone
            hzone zone import example.com --file example.com.zone --yes""",
                () ->
                    new Options()
                        .addOption(
                            Option.builder()
                                .longOpt("file")
                                .hasArg()
                                .argName("FILE")
                                .required()
                                .desc("the zone file")
                                .build())
                        .addOption(flag("yes", "do not ask; import right away")),
                ZoneFileVerbs::importFile),
            new Verb(
                "set-ttl",
                "Set a zone's default TTL",
                "ZONE TTL",
                "hzone zone set-ttl example.com 3600",
                Options::new,
                ZoneVerbs::setTtl),
            new Verb(
                "enable-protection",
                "Protect a zone from deletion",
                "ZONE [delete]",
                "hzone zone enable-protection example.com",
                Options::new,
                (inv, cl) -> ZoneVerbs.protection(inv, cl, true)),
            new Verb(
                "disable-protection",
                "Allow a zone to be deleted",
                "ZONE [delete]",
                "hzone zone disable-protection example.com",
                Options::new,
                (inv, cl) -> ZoneVerbs.protection(inv, cl, false)),
            new Verb(
                "add-label",
                "Add labels to a zone",
                "ZONE KEY=VALUE...",
                "hzone zone add-label example.com env=prod team=web",
                () ->
                    show(Printer.addOutputOption(new Options()))
                        .addOption(flag("overwrite", "replace existing values")),
                ZoneVerbs::addLabel),
            new Verb(
                "remove-label",
                "Remove labels from a zone",
                "ZONE KEY...",
                "hzone zone remove-label example.com env\nhzone zone remove-label example.com --all",
                () ->
                    show(Printer.addOutputOption(new Options()))
                        .addOption(flag("all", "remove every label")),
                ZoneVerbs::removeLabel),
            new Verb(
                "set-primaries",
                "Replace the primary nameservers of a secondary zone",
                "ZONE",
                """
            hzone zone set-primaries example.com --primary 198.51.100.7 --tsig-key-file transfer.key
            hzone zone set-primaries example.com --primary 198.51.100.7 --primary 198.51.100.8:5353""",
                () -> PrimaryOptions.add(new Options()),
                ZoneCheckVerbs::setPrimaries),
            new Verb(
                "check-primaries",
                "Check that a secondary zone's primaries serve it as Hetzner needs",
                "ZONE",
                """
            hzone zone check-primaries example.com
            hzone zone check-primaries example.com --tsig-key-name transfer-key --timeout 2""",
                () ->
                    Printer.addOutputOption(new Options())
                        .addOption(
                            opt(
                                "tsig-key-name",
                                "NAME",
                                "the TSIG key's name on the primary (the API does not store "
                                    + "it; default: the key file's, else the one remembered in the zone's label "
                                    + PrimaryOptions.KEY_NAME_LABEL
                                    + ", else the zone name)"))
                        .addOption(
                            opt(
                                "tsig-key-file",
                                "FILE",
                                "use this key instead of the one the API holds"))
                        .addOption(
                            opt("timeout", "SECONDS", "time allowed for each query (default 3)")),
                ZoneCheckVerbs::checkPrimaries),
            new Verb(
                "check-delegation",
                "Compare the parent zone's delegation with the zone's nameservers",
                "ZONE",
                "hzone zone check-delegation example.com\nhzone zone check-delegation example.com --resolver 9.9.9.9",
                () ->
                    Printer.addOutputOption(new Options())
                        .addOption(
                            opt(
                                "resolver",
                                "HOST[:PORT]",
                                "the recursive resolver that finds the parent's "
                                    + "nameservers (default: the system's)"))
                        .addOption(
                            opt(
                                "parent-port",
                                "PORT",
                                "the port the parent's nameservers are asked on (default 53)"))
                        .addOption(
                            opt("timeout", "SECONDS", "time allowed for each query (default 3)")),
                ZoneCheckVerbs::checkDelegation)));
  }

  private static Options show(Options o) {
    return o.addOption(flag("show-tsig-keys", "print TSIG secrets instead of REDACTED"));
  }

  static Option opt(String name, String arg, String desc) {
    return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).build();
  }

  static Option flag(String name, String desc) {
    return Option.builder().longOpt(name).desc(desc).build();
  }
}
