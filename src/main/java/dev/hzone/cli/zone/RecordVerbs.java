package dev.hzone.cli.zone;

import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.RrsetClient;
import dev.hzone.api.RrsetListOptions;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Zone;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.cli.CommandLine;

/** {@code hzone record ...}: RRSets of a primary zone, values in zone-file syntax. */
final class RecordVerbs {
  private RecordVerbs() {}

  /**
   * The zone, the RRSet key and the values of a record command, all checked before any change is
   * sent.
   */
  private record Target(
      HcloudClient client, Zone zone, RrsetKey key, List<RecordInput.Value> values) {
    String zoneRef() {
      return String.valueOf(zone.id());
    }

    String what() {
      return key.name() + " " + key.type() + " in zone " + Names.display(zone.name());
    }

    List<RecordValue> records() {
      return values.stream().map(RecordInput.Value::record).toList();
    }
  }

  private static Target target(Invocation inv, CommandLine cl, String verb, boolean withValues) {
    String usage = withValues ? "ZONE NAME TYPE VALUE..." : "ZONE NAME TYPE";
    List<String> args =
        VerbRunner.positional(cl, withValues ? 4 : 3, withValues ? -1 : 3, "record " + verb, usage);
    RecordType type = RecordInput.type(args.get(2));
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, args.get(0)), "records");
    String name = RecordInput.name(args.get(1), zone.name());
    RrsetKey key = RrsetKey.of(name, type);
    List<RecordInput.Value> values =
        withValues
            ? RecordInput.values(
                zone.name(),
                key,
                args.subList(3, args.size()),
                Optional.ofNullable(cl.getOptionValue("comment")).orElse(""))
            : List.of();
    return new Target(client, zone, key, values);
  }

  static int list(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "record list", "ZONE").get(0);
    Printer p = Printer.of(inv, cl);
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, arg), "records");
    RrsetListOptions o = RrsetListOptions.ALL;
    if (cl.hasOption("type")) {
      List<RecordType> types = new ArrayList<>();
      for (String t : cl.getOptionValues("type")) {
        for (String one : t.split(",")) {
          types.add(RecordInput.type(one));
        }
      }
      o = o.withTypes(types.toArray(RecordType[]::new));
    }
    if (Printer.selector(cl).isPresent()) {
      o = o.withLabelSelector(Printer.selector(cl).get());
    }
    if (cl.hasOption("name")) {
      o = o.withName(RecordInput.name(cl.getOptionValue("name"), zone.name()));
    }
    List<RrsetView.Row> rows =
        // Every RRSet as the API lists it: one of a type hzone does not know is shown with its type
        // and values as given, never fails the listing (hetznercloud/cli lists whatever comes).
        client.rrsets().listAll(String.valueOf(zone.id()), o).stream()
            .sorted(AnyRrset::compare)
            .map(r -> new RrsetView.Row(zone.id(), zone.ttl(), r))
            .toList();
    p.list(rows, new RrsetView());
    return ExitCodes.OK;
  }

  static int describe(Invocation inv, CommandLine cl) {
    Target t = target(inv, cl, "describe", false);
    Rrset r = existing(t);
    Printer p = Printer.of(inv, cl);
    p.one(new RrsetView.Row(t.zone().id(), t.zone().ttl(), r), new RrsetView());
    return ExitCodes.OK;
  }

  static int add(Invocation inv, CommandLine cl) {
    Target t = target(inv, cl, "add", true);
    OptionalInt ttl = ttlOption(cl);
    Optional<Rrset> current = t.client().rrsets().get(t.zoneRef(), t.key());
    List<RecordValue> fresh = new ArrayList<>();
    for (RecordValue v : t.records()) {
      if (current.isPresent() && contains(current.get(), v)) {
        inv.warn(
            t.key().type()
                + " record '"
                + v.value()
                + "' is already in "
                + t.key().name()
                + "; left as is");
      } else {
        fresh.add(v);
      }
    }
    if (fresh.isEmpty()) {
      return ExitCodes.OK;
    }
    if (ttl.isPresent()
        && current.isPresent()
        && current.get().ttl().isPresent()
        && current.get().ttl().getAsInt() != ttl.getAsInt()) {
      throw CliException.failed(
          t.what()
              + " has TTL "
              + current.get().ttl().getAsInt()
              + ", not "
              + ttl.getAsInt()
              + ": change it with 'hzone record set-ttl' or leave out --ttl");
    }
    // One call per 50 records (the API's limit), one after the other: calls on one RRSet would lock
    // it.
    for (int i = 0; i < fresh.size(); i += RrsetClient.MAX_RECORDS_PER_CALL) {
      List<RecordValue> chunk =
          fresh.subList(i, Math.min(fresh.size(), i + RrsetClient.MAX_RECORDS_PER_CALL));
      boolean creates = current.isEmpty() && i == 0;
      Zones.await(
          t.client(),
          send(
              t,
              () ->
                  t.client()
                      .rrsets()
                      .addRecords(
                          t.zoneRef(), t.key(), chunk, creates ? ttl : OptionalInt.empty())),
          "adding records to " + t.what());
    }
    inv.out().println("Added " + fresh.size() + " record(s) to " + t.what());
    return ExitCodes.OK;
  }

  static int remove(Invocation inv, CommandLine cl) {
    Target t = target(inv, cl, "remove", true);
    Rrset current = existing(t);
    List<RecordValue> toRemove = new ArrayList<>();
    for (RecordValue v : t.records()) {
      RecordValue stored =
          current.records().stream()
              .filter(r -> ValueCanonicalizer.same(t.key().type(), r.value(), v.value()))
              .findFirst()
              .orElseThrow(
                  () ->
                      CliException.failed(
                          t.what()
                              + " has no record '"
                              + v.value()
                              + "' (it has: "
                              + String.join(", ", current.values())
                              + ")"));
      toRemove.add(RecordValue.of(stored.value()));
    }
    Zones.await(
        t.client(),
        send(t, () -> t.client().rrsets().removeRecords(t.zoneRef(), t.key(), toRemove)),
        "removing records from " + t.what());
    inv.out()
        .println(
            "Removed "
                + toRemove.size()
                + " record(s) from "
                + t.what()
                + (toRemove.size() == current.records().size() ? " (the RRSet is gone)" : ""));
    return ExitCodes.OK;
  }

  static int set(Invocation inv, CommandLine cl) {
    Target t = target(inv, cl, "set", true);
    OptionalInt ttl = ttlOption(cl);
    Optional<Rrset> current = t.client().rrsets().get(t.zoneRef(), t.key());
    if (t.records().size() > RrsetClient.MAX_RECORDS_PER_CALL) {
      throw CliException.usage(
          "at most "
              + RrsetClient.MAX_RECORDS_PER_CALL
              + " records at once; add the rest "
              + "with 'hzone record add'");
    }
    if (current.isEmpty()) {
      Rrset rrset = Rrset.of(t.key(), ttl, t.records());
      Action a = send(t, () -> t.client().rrsets().create(t.zoneRef(), rrset).action());
      Zones.await(t.client(), a, "creating " + t.what());
      inv.out().println("Created " + t.what() + " with " + t.records().size() + " record(s)");
      return ExitCodes.OK;
    }
    List<Action> actions = new ArrayList<>();
    actions.add(send(t, () -> t.client().rrsets().setRecords(t.zoneRef(), t.key(), t.records())));
    if (ttl.isPresent() && !ttl.equals(current.get().ttl())) {
      actions.add(send(t, () -> t.client().rrsets().changeTtl(t.zoneRef(), t.key(), ttl)));
    }
    Zones.await(t.client(), actions, "setting the records of " + t.what());
    inv.out().println("Set " + t.what() + " to " + t.records().size() + " record(s)");
    return ExitCodes.OK;
  }

  static int delete(Invocation inv, CommandLine cl) {
    Target t = target(inv, cl, "delete", false);
    existing(t);
    Zones.await(
        t.client(),
        send(t, () -> t.client().rrsets().delete(t.zoneRef(), t.key())),
        "deleting " + t.what());
    inv.out().println("Deleted " + t.what());
    return ExitCodes.OK;
  }

  static int setTtl(Invocation inv, CommandLine cl) {
    List<String> args =
        VerbRunner.positional(cl, 4, 4, "record set-ttl", "ZONE NAME TYPE TTL|default");
    OptionalInt ttl =
        args.get(3).equalsIgnoreCase("default")
            ? OptionalInt.empty()
            : OptionalInt.of(ZoneVerbs.ttl(args.get(3)));
    Target t = target(inv, withoutLast(cl), "set-ttl", false);
    existing(t);
    Zones.await(
        t.client(),
        send(t, () -> t.client().rrsets().changeTtl(t.zoneRef(), t.key(), ttl)),
        "changing the TTL of " + t.what());
    inv.out()
        .println(
            "TTL of "
                + t.what()
                + " set to "
                + (ttl.isPresent()
                    ? Integer.toString(ttl.getAsInt())
                    : "the zone's default (" + t.zone().ttl() + ")"));
    return ExitCodes.OK;
  }

  static int setComment(Invocation inv, CommandLine cl) {
    List<String> args =
        VerbRunner.positional(cl, 5, 5, "record set-comment", "ZONE NAME TYPE VALUE COMMENT");
    Target t = target(inv, withoutLast(cl), "set-comment", true);
    Rrset current = existing(t);
    RecordValue v = t.records().get(0);
    RecordValue stored =
        current.records().stream()
            .filter(r -> ValueCanonicalizer.same(t.key().type(), r.value(), v.value()))
            .findFirst()
            .orElseThrow(
                () -> CliException.failed(t.what() + " has no record '" + v.value() + "'"));
    String comment = args.get(4);
    Zones.await(
        t.client(),
        send(
            t,
            () ->
                t.client()
                    .rrsets()
                    .updateRecords(
                        t.zoneRef(), t.key(), List.of(new RecordValue(stored.value(), comment)))),
        "changing a comment of " + t.what());
    inv.out()
        .println(
            comment.isEmpty()
                ? "Comment of '" + stored.value() + "' removed"
                : "Comment of '" + stored.value() + "' set");
    return ExitCodes.OK;
  }

  private static Rrset existing(Target t) {
    return t.client()
        .rrsets()
        .get(t.zoneRef(), t.key())
        .orElseThrow(
            () -> {
              List<String> names =
                  t.client().rrsets().list(t.zoneRef()).stream()
                      .map(r -> r.name() + " " + r.type())
                      .toList();
              StringBuilder sb =
                  new StringBuilder(
                      "zone "
                          + Names.display(t.zone().name())
                          + " has no "
                          + t.key().type()
                          + " records at "
                          + t.key().name());
              Suggestions.closest(t.key().name() + " " + t.key().type(), names)
                  .ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
              return CliException.failed(sb.toString());
            });
  }

  private static boolean contains(Rrset rrset, RecordValue v) {
    return rrset.records().stream()
        .anyMatch(r -> ValueCanonicalizer.same(rrset.type(), r.value(), v.value()));
  }

  /** Sends a change; the API's refusal of a value is shown next to what the user typed. */
  private static Action send(Target t, java.util.function.Supplier<Action> call) {
    try {
      return call.get();
    } catch (ApiException e) {
      if (e.is(ErrorCode.PROTECTED)) {
        throw CliException.failed(
            t.what()
                + " is change-protected: it cannot be changed or deleted until its "
                + "protection is lifted ("
                + e.getMessage()
                + ")");
      }
      if (e.is(ErrorCode.INVALID_INPUT) && !e.fields().isEmpty()) {
        throw CliException.data(RecordInput.explain(e, t.key(), t.values()));
      }
      throw e;
    }
  }

  private static OptionalInt ttlOption(CommandLine cl) {
    return cl.hasOption("ttl")
        ? OptionalInt.of(ZoneVerbs.ttl(cl.getOptionValue("ttl")))
        : OptionalInt.empty();
  }

  /**
   * The command line with its last positional argument dropped (the TTL or comment handled apart).
   */
  private static CommandLine withoutLast(CommandLine cl) {
    CommandLine.Builder b = CommandLine.builder();
    List<String> args = cl.getArgList();
    args.subList(0, args.size() - 1).forEach(b::addArg);
    for (org.apache.commons.cli.Option o : cl.getOptions()) {
      b.addOption(o);
    }
    return b.build();
  }
}
