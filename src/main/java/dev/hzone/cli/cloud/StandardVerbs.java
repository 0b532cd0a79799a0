package dev.hzone.cli.cloud;

import com.google.gson.JsonObject;
import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The verbs every kind of resource has, built from its {@link CloudResource}: {@code list}, {@code
 * describe}, {@code delete}, {@code update}, and the end of every {@code create}. Labels and
 * protection are in {@link LabelVerbs}.
 */
final class StandardVerbs {
  private StandardVerbs() {}

  /** Turns a parsed command line into the API's update options, checking them; sends nothing. */
  @FunctionalInterface
  interface UpdateParser<U> {
    U parse(Invocation inv, CommandLine cl);
  }

  /** Sends an update; returns the resource as updated. */
  @FunctionalInterface
  interface UpdateCall<T, U> {
    T update(HcloudClient client, T current, U update);
  }

  /**
   * {@code hzone <kind> list}, with {@code --selector}, {@code --sort}, {@code -o} and no other
   * filters.
   */
  static <T> Verb list(CloudResource<T> kind, String examples) {
    return list(kind, examples, Options::new);
  }

  /**
   * {@code hzone <kind> list} with filters of its own ({@code extra}), which the kind's lister
   * reads.
   */
  static <T> Verb list(CloudResource<T> kind, String examples, Supplier<Options> extra) {
    String path = kind.command() + " list";
    return new Verb(
        "list",
        "List " + kind.noun() + "s",
        "",
        examples,
        () -> Opts.list(extra.get()),
        (inv, cl) -> {
          Args.positional(cl, 0, 0, path, "");
          if (kind.labels().isEmpty() && Printer.selector(cl).isPresent()) {
            throw CliException.usage(
                kind.noun() + "s have no labels, so --selector does not apply");
          }
          Printer p = Printer.of(inv, cl);
          checkSort(cl, kind.view(p.clock()).table());
          List<T> items =
              new ArrayList<>(
                  kind.list(
                      ClientFactory.client(inv),
                      new CloudResource.ListRequest(Printer.selector(cl), cl)));
          if (!cl.hasOption("sort")) {
            items.sort(
                Comparator.comparingLong(kind::id)); // the hcloud CLI's default order, id:asc
          }
          p.list(items, kind.view(p.clock()));
          return ExitCodes.OK;
        });
  }

  /** Refuses an unknown {@code --sort} column before anything is fetched. */
  static <T> void checkSort(CommandLine cl, TableLayout<T> layout) {
    if (!cl.hasOption("sort")) {
      return;
    }
    for (String value : cl.getOptionValues("sort")) {
      for (String part : value.split(",")) {
        String field = part.trim().toLowerCase(java.util.Locale.ROOT).split(":", 2)[0];
        if (!field.isEmpty() && layout.column(field).isEmpty()) {
          StringBuilder sb = new StringBuilder("unknown sort field '" + field + "'");
          Suggestions.closest(field, layout.names())
              .ifPresent(x -> sb.append(": did you mean '").append(x).append("'?"));
          sb.append(" (known: ").append(String.join(", ", layout.names())).append(')');
          throw CliException.usage(sb.toString());
        }
      }
    }
  }

  /** {@code hzone <kind> describe RESOURCE}. */
  static <T> Verb describe(CloudResource<T> kind, String examples) {
    String usage = kind.placeholder();
    return new Verb(
        "describe",
        "Show one " + kind.noun(),
        usage,
        examples,
        () -> Opts.output(new Options()),
        (inv, cl) -> {
          String arg = Args.positional(cl, 1, 1, kind.command() + " describe", usage).get(0);
          Printer p = Printer.of(inv, cl);
          p.one(kind.require(ClientFactory.client(inv), arg), kind.view(p.clock()));
          return ExitCodes.OK;
        });
  }

  /** {@code hzone <kind> delete RESOURCE...}: all are found before the first is deleted. */
  static <T> Verb delete(CloudResource<T> kind, String examples) {
    CloudResource.Deleter deleter = kind.deleter().orElseThrow();
    String usage = kind.placeholder() + "...";
    return new Verb(
        "delete",
        "Delete " + kind.noun() + "s",
        usage,
        examples,
        () -> Opts.of(Opts.flag("no-wait", "do not wait for the deletion to finish")),
        (inv, cl) -> {
          List<String> args = Args.positional(cl, 1, -1, kind.command() + " delete", usage);
          HcloudClient client = ClientFactory.client(inv);
          List<T> items = new ArrayList<>();
          for (String a : args) {
            items.add(kind.require(client, a));
          }
          for (T t : items) {
            List<Action> actions = new ArrayList<>();
            try {
              deleter.delete(client, kind.id(t)).ifPresent(actions::add);
            } catch (ApiException e) {
              throw explainProtected(kind, t, e, "deleted");
            }
            Writes.await(inv, cl, client, actions, "deleting " + kind.noun() + " " + kind.label(t));
            if (Writes.noWait(cl) && Writes.running(actions)) {
              Writes.printRunning(inv, actions);
            } else {
              inv.out().println(kind.title() + " " + kind.label(t) + " deleted");
            }
          }
          return ExitCodes.OK;
        });
  }

  /**
   * {@code hzone <kind> update RESOURCE --name ...}: the options are read into the API's update
   * options before anything is sent; at least one must be given.
   */
  static <T, U> Verb update(
      CloudResource<T> kind,
      String examples,
      Supplier<Options> options,
      UpdateParser<U> parse,
      UpdateCall<T, U> call) {
    String usage = kind.placeholder();
    return new Verb(
        "update",
        "Change a " + kind.noun() + "'s settings",
        usage,
        examples,
        () -> Opts.output(options.get()),
        (inv, cl) -> {
          String arg = Args.positional(cl, 1, 1, kind.command() + " update", usage).get(0);
          List<String> given = new ArrayList<>();
          for (Option o : cl.getOptions()) {
            if (!o.getLongOpt().equals("output")) {
              given.add(o.getLongOpt());
            }
          }
          if (given.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Option o : options.get().getOptions()) {
              names.add("--" + o.getLongOpt());
            }
            throw CliException.usage("nothing to update: give " + String.join(" or ", names));
          }
          U update = parse.parse(inv, cl);
          HcloudClient client = ClientFactory.client(inv);
          T updated = call.update(client, kind.require(client, arg), update);
          printChanged(
              inv, cl, kind, updated, kind.title() + " " + kind.label(updated) + " updated");
          return ExitCodes.OK;
        });
  }

  /** Prints a changed resource: its API object for {@code -o json|yaml}, else the sentence. */
  static <T> void printChanged(
      Invocation inv, CommandLine cl, CloudResource<T> kind, T item, String sentence) {
    Printer p = Printer.of(inv, cl);
    if (p.machine()) {
      p.one(item, kind.view(p.clock()));
    } else {
      inv.out().println(sentence);
    }
  }

  /**
   * The end of a {@code create}: waits for the actions (unless {@code --no-wait}), reads the
   * resource again so that what is printed is its finished state, and prints {@code <Kind> NAME
   * created (id N)} and the extras, or for {@code -o json} the API's envelope ({@code {"server":
   * {...}, "root_password": ...}}).
   */
  static <T> T finishCreate(
      Invocation inv,
      CommandLine cl,
      CloudResource<T> kind,
      HcloudClient client,
      T created,
      Outcome outcome) {
    List<Action> finished =
        Writes.await(
            inv,
            cl,
            client,
            outcome.actions(),
            "creating " + kind.noun() + " " + kind.label(created));
    T now =
        !outcome.actions().isEmpty() && !Writes.noWait(cl)
            ? kind.get(client, kind.id(created)).orElse(created)
            : created;
    Printer p = Printer.of(inv, cl);
    if (p.machine()) {
      JsonObject o = new JsonObject();
      o.add(kind.jsonKey(), kind.view(p.clock()).toJson(now));
      outcome.extras().stream()
          .filter(e -> !e.jsonKey().isEmpty())
          .forEach(e -> o.addProperty(e.jsonKey(), e.value()));
      p.value(o, () -> {});
      return now;
    }
    inv.out().println(kind.title() + " " + kind.label(now) + " created (id " + kind.id(now) + ")");
    outcome.extras().forEach(e -> inv.out().println(e.label() + ": " + e.value()));
    if (Writes.noWait(cl) && Writes.running(finished)) {
      Writes.printRunning(inv, finished);
    }
    return now;
  }

  /** The API's {@code protected} refusal as what to do about it; other errors unchanged. */
  static <T> RuntimeException explainProtected(
      CloudResource<T> kind, T item, ApiException e, String what) {
    if (e.is(ErrorCode.PROTECTED)) {
      return CliException.failed(
          kind.noun()
              + " "
              + kind.label(item)
              + " is protected, so it cannot be "
              + what
              + ": run 'hzone "
              + kind.command()
              + " disable-protection "
              + kind.label(item)
              + "' first ("
              + e.getMessage()
              + ")");
    }
    return e;
  }

  /** For verbs that take a second resource by name or id: its id. */
  static <R> long idOf(CloudResource<R> kind, HcloudClient client, String arg) {
    return kind.id(kind.require(client, arg));
  }
}
