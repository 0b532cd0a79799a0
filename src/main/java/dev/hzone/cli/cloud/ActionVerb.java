package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * Builds the verbs that start an action on one resource ({@code hzone server poweron web}, {@code
 * hzone volume resize data --size 100}): the first argument names the resource, the rest and the
 * options are read and checked into an input before anything is sent, then the resource is found,
 * the call made, its actions waited for ({@code --no-wait} to return at once) and a sentence or the
 * API's envelope printed.
 *
 * <pre>{@code
 * ActionVerb.on(SERVERS, "poweron").summary("Start a server")
 *     .call((c, s, in) -> Outcome.of(c.servers().poweron(s.id())))
 *     .done((s, in) -> "Server " + s.name() + " started")
 *     .build();
 * }</pre>
 *
 * @param <T> the resource's model
 * @param <I> the checked input of the verb (by default the raw {@link VerbArgs})
 */
final class ActionVerb<T, I> {
  /** What a verb was given: the invocation, its options, and the arguments after the resource. */
  record VerbArgs(Invocation inv, CommandLine cl, List<String> args) {}

  /** The call to the API, with the resource found and the input checked. */
  @FunctionalInterface
  interface Call<T, I> {
    Outcome run(HcloudClient client, T resource, I input);
  }

  private final CloudResource<T> kind;
  private final String name;
  private String summary = "";
  private String usage = "";
  private int minArgs;
  private int maxArgs;
  private String examples = "";
  private Supplier<Options> options = Options::new;
  private final Function<VerbArgs, I> input;
  private Call<T, I> call;
  private BiFunction<T, I, String> done;
  private Function<T, String> progress;

  private ActionVerb(CloudResource<T> kind, String name, Function<VerbArgs, I> input) {
    this.kind = kind;
    this.name = name;
    this.input = input;
  }

  /** Starts the verb {@code hzone <kind> <name> RESOURCE ...}. */
  static <T> ActionVerb<T, VerbArgs> on(CloudResource<T> kind, String name) {
    return new ActionVerb<>(kind, name, a -> a);
  }

  ActionVerb<T, I> summary(String s) {
    this.summary = s;
    return this;
  }

  /** Arguments after the resource: their synopsis and how many there must be. */
  ActionVerb<T, I> args(String synopsis, int min, int max) {
    this.usage = synopsis;
    this.minArgs = min;
    this.maxArgs = max;
    return this;
  }

  ActionVerb<T, I> examples(String e) {
    this.examples = e;
    return this;
  }

  /** The verb's own options; {@code -o} and {@code --no-wait} are added. */
  ActionVerb<T, I> options(Supplier<Options> o) {
    this.options = o;
    return this;
  }

  /** Reads and checks the arguments into an input before anything is sent. */
  <J> ActionVerb<T, J> input(Function<VerbArgs, J> parse) {
    ActionVerb<T, J> v = new ActionVerb<>(kind, name, parse);
    v.summary = summary;
    v.usage = usage;
    v.minArgs = minArgs;
    v.maxArgs = maxArgs;
    v.examples = examples;
    v.options = options;
    return v;
  }

  ActionVerb<T, I> call(Call<T, I> c) {
    this.call = c;
    return this;
  }

  /** The sentence printed when the actions succeeded, e.g. {@code Server web started}. */
  ActionVerb<T, I> done(BiFunction<T, I, String> sentence) {
    this.done = sentence;
    return this;
  }

  /** What the progress line says is being waited for (default: the verb and the resource). */
  ActionVerb<T, I> progress(Function<T, String> what) {
    this.progress = what;
    return this;
  }

  Verb build() {
    String path = kind.command() + " " + name;
    String synopsis = kind.placeholder() + (usage.isEmpty() ? "" : " " + usage);
    Supplier<Options> withWrite = () -> Opts.write(options.get());
    return new Verb(
        name,
        summary,
        synopsis,
        examples,
        withWrite,
        (inv, cl) -> {
          List<String> all =
              Args.positional(cl, 1 + minArgs, maxArgs < 0 ? -1 : 1 + maxArgs, path, synopsis);
          I in = input.apply(new VerbArgs(inv, cl, List.copyOf(all.subList(1, all.size()))));
          HcloudClient client = ClientFactory.client(inv);
          T resource = kind.require(client, all.get(0));
          Outcome outcome = call.run(client, resource, in);
          String what =
              progress != null
                  ? progress.apply(resource)
                  : name + " " + kind.noun() + " " + kind.label(resource);
          List<Action> finished = Writes.await(inv, cl, client, outcome.actions(), what);
          Writes.print(inv, cl, outcome.withActions(finished), done.apply(resource, in));
          return ExitCodes.OK;
        });
  }
}
