package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.Verb;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.Options;

/**
 * {@code add-label}, {@code remove-label}, {@code enable-protection} and {@code
 * disable-protection}, for every kind that has labels or protection. Labels are changed as the
 * hcloud CLI does: the current map is read, the change made locally (so a missing key is reported
 * without a request), and the whole map written back.
 */
final class LabelVerbs {
  private LabelVerbs() {}

  /** {@code hzone <kind> add-label RESOURCE KEY=VALUE... [--overwrite]}. */
  static <T> Verb addLabel(CloudResource<T> kind) {
    CloudResource.LabelAccess<T> access = kind.labels().orElseThrow();
    String usage = kind.placeholder() + " KEY=VALUE...";
    return new Verb(
        "add-label",
        "Add labels to a " + kind.noun(),
        usage,
        "hzone " + kind.command() + " add-label NAME env=prod team=dns",
        () ->
            Opts.output(
                Opts.of(Opts.flag("overwrite", "replace the value of a label that exists"))),
        (inv, cl) -> {
          List<String> args = Args.positional(cl, 2, -1, kind.command() + " add-label", usage);
          Map<String, String> add = Args.labels(args.subList(1, args.size()));
          HcloudClient client = ClientFactory.client(inv);
          T item = kind.require(client, args.get(0));
          Map<String, String> labels = new LinkedHashMap<>(access.read().apply(item));
          for (Map.Entry<String, String> e : add.entrySet()) {
            String old = labels.get(e.getKey());
            if (old != null && !old.equals(e.getValue()) && !cl.hasOption("overwrite")) {
              throw CliException.failed(
                  kind.noun()
                      + " "
                      + kind.label(item)
                      + " already has label "
                      + e.getKey()
                      + "="
                      + old
                      + " (add --overwrite to replace it)");
            }
            labels.put(e.getKey(), e.getValue());
          }
          T updated = access.write().write(client, kind.id(item), labels);
          StandardVerbs.printChanged(
              inv,
              cl,
              kind,
              updated,
              "Label(s) "
                  + String.join(", ", add.keySet())
                  + " added to "
                  + kind.noun()
                  + " "
                  + kind.label(updated));
          return ExitCodes.OK;
        });
  }

  /** {@code hzone <kind> remove-label RESOURCE KEY... | --all}. */
  static <T> Verb removeLabel(CloudResource<T> kind) {
    CloudResource.LabelAccess<T> access = kind.labels().orElseThrow();
    String usage = kind.placeholder() + " KEY...";
    return new Verb(
        "remove-label",
        "Remove labels from a " + kind.noun(),
        usage,
        "hzone "
            + kind.command()
            + " remove-label NAME env\nhzone "
            + kind.command()
            + " remove-label NAME --all",
        () -> Opts.output(Opts.of(Opts.flag("all", "remove every label"))),
        (inv, cl) -> {
          List<String> args = Args.positional(cl, 1, -1, kind.command() + " remove-label", usage);
          boolean all = cl.hasOption("all");
          if (args.size() == 1 && !all) {
            throw CliException.usage("name the label keys to remove, or give --all");
          }
          HcloudClient client = ClientFactory.client(inv);
          T item = kind.require(client, args.get(0));
          Map<String, String> labels = new LinkedHashMap<>(access.read().apply(item));
          List<String> keys = args.subList(1, args.size());
          for (String k : keys) {
            if (!labels.containsKey(k)) {
              StringBuilder sb =
                  new StringBuilder(
                      kind.noun() + " " + kind.label(item) + " has no label '" + k + "'");
              Suggestions.closest(k, labels.keySet())
                  .ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
              throw CliException.failed(sb.toString());
            }
            labels.remove(k);
          }
          if (all) {
            labels.clear();
          }
          T updated = access.write().write(client, kind.id(item), labels);
          StandardVerbs.printChanged(
              inv,
              cl,
              kind,
              updated,
              (all ? "All labels" : "Label(s) " + String.join(", ", keys))
                  + " removed from "
                  + kind.noun()
                  + " "
                  + kind.label(updated));
          return ExitCodes.OK;
        });
  }

  /**
   * {@code hzone <kind> enable-protection RESOURCE [LEVEL...]} (every level when none is named).
   */
  static <T> Verb enableProtection(CloudResource<T> kind) {
    return protection(kind, true);
  }

  /** {@code hzone <kind> disable-protection RESOURCE [LEVEL...]}. */
  static <T> Verb disableProtection(CloudResource<T> kind) {
    return protection(kind, false);
  }

  private static <T> Verb protection(CloudResource<T> kind, boolean on) {
    CloudResource.Protector<T> protector = kind.protector().orElseThrow();
    List<String> known = kind.protectionLevels();
    String name = on ? "enable-protection" : "disable-protection";
    String usage = kind.placeholder() + " [" + String.join("|", known) + "]...";
    return new Verb(
        name,
        (on ? "Protect a " : "Remove the protection of a ")
            + kind.noun()
            + " (levels: "
            + String.join(", ", known)
            + "; default all)",
        usage,
        "hzone "
            + kind.command()
            + " "
            + name
            + " NAME\nhzone "
            + kind.command()
            + " "
            + name
            + " NAME delete",
        () -> Opts.write(new Options()),
        (inv, cl) -> {
          List<String> args =
              Args.positional(cl, 1, 1 + known.size(), kind.command() + " " + name, usage);
          Set<String> levels = new LinkedHashSet<>();
          for (String l : args.subList(1, args.size())) {
            levels.add(Args.choice(l, "protection level", known));
          }
          if (levels.isEmpty()) {
            levels.addAll(known);
          }
          HcloudClient client = ClientFactory.client(inv);
          T item = kind.require(client, args.get(0));
          Action a = protector.change(client, item, levels, on);
          String what = String.join(" and ", levels);
          List<Action> done =
              Writes.await(
                  inv,
                  cl,
                  client,
                  List.of(a),
                  "changing the protection of " + kind.noun() + " " + kind.label(item));
          Writes.print(
              inv,
              cl,
              Outcome.of(done),
              capitalize(what)
                  + " protection of "
                  + kind.noun()
                  + " "
                  + kind.label(item)
                  + (on ? " enabled" : " disabled"));
          return ExitCodes.OK;
        });
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
