package dev.hzone.cli.zone;

import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone record ...}: the RRSets of a primary zone, with values written as in a zone file.
 */
public final class RecordCommand {
  private RecordCommand() {}

  private static Options changeOptions() {
    return new Options()
        .addOption(ZoneCommand.opt("ttl", "SECONDS", "the RRSet's TTL (default: the zone's)"))
        .addOption(ZoneCommand.opt("comment", "TEXT", "a comment for each record given"));
  }

  /** The {@code record} command group. */
  public static Command create() {
    return group();
  }

  /** The group, for the hcloud CLI's {@code zone rrset} forms that run its verbs. */
  static CommandGroup group() {
    return new CommandGroup(
        "record",
        "Manage the records (RRSets) of a primary zone",
        List.of(
            new Verb(
                "list",
                "List a zone's RRSets",
                "ZONE",
                """
            hzone record list example.com
            hzone record list example.com --type MX,TXT -o columns=name,type,ttl,records,comments
            hzone -o json record list example.com""",
                () ->
                    Printer.addListOptions(new Options())
                        .addOption(
                            Option.builder()
                                .longOpt("type")
                                .hasArg()
                                .argName("TYPE[,TYPE]")
                                .desc("only these types (repeatable)")
                                .build())
                        .addOption(ZoneCommand.opt("name", "NAME", "only RRSets at this name")),
                RecordVerbs::list),
            new Verb(
                "describe",
                "Show one RRSet",
                "ZONE NAME TYPE",
                "hzone record describe example.com www A",
                () -> Printer.addOutputOption(new Options()),
                RecordVerbs::describe),
            new Verb(
                "add",
                "Add records to an RRSet (created if needed)",
                "ZONE NAME TYPE VALUE...",
                """
            hzone record add example.com www A 203.0.113.7
            hzone record add example.com www A 203.0.113.7 203.0.113.8 --ttl 300
            hzone record add example.com @ MX '10 mail' '20 mail.backup.example.net.'
            hzone record add example.com @ TXT 'v=spf1 include:_spf.example.net ~all'
            hzone record add example.com _dmarc TXT '"v=DMARC1; p=none"' --comment policy""",
                RecordCommand::changeOptions,
                RecordVerbs::add),
            new Verb(
                "remove",
                "Remove records from an RRSet (the RRSet goes with its last record)",
                "ZONE NAME TYPE VALUE...",
                "hzone record remove example.com www A 203.0.113.8",
                Options::new,
                RecordVerbs::remove),
            new Verb(
                "set",
                "Make an RRSet hold exactly these records (created if needed)",
                "ZONE NAME TYPE VALUE...",
                """
            hzone record set example.com www A 203.0.113.7 203.0.113.8
            hzone record set example.com www CNAME web.example.net. --ttl 600""",
                RecordCommand::changeOptions,
                RecordVerbs::set),
            new Verb(
                "delete",
                "Delete an RRSet",
                "ZONE NAME TYPE",
                "hzone record delete example.com www A",
                Options::new,
                RecordVerbs::delete),
            new Verb(
                "set-ttl",
                "Set an RRSet's TTL, or 'default' to follow the zone's",
                "ZONE NAME TYPE TTL|default",
                "hzone record set-ttl example.com www A 300\nhzone record set-ttl example.com www A default",
                Options::new,
                RecordVerbs::setTtl),
            new Verb(
                "set-comment",
                "Set or clear ('') the comment of one record",
                "ZONE NAME TYPE VALUE COMMENT",
                "hzone record set-comment example.com www A 203.0.113.7 'web-1'\n"
                    + "hzone record set-comment example.com www A 203.0.113.7 ''",
                Options::new,
                RecordVerbs::setComment),
            RecordSelfVerb.verb()));
  }
}
