package dev.hzone.cli.framework;

import java.util.List;

/**
 * A command that is a single verb: {@code hzone plan}, {@code hzone apply}, {@code hzone emulator}.
 */
public final class LeafCommand implements Command {
  private final Verb verb;

  public LeafCommand(Verb verb) {
    this.verb = verb;
  }

  @Override
  public String name() {
    return verb.name();
  }

  @Override
  public String summary() {
    return verb.summary();
  }

  @Override
  public List<OptionSpec> options(String verb) {
    return verb.isEmpty() ? OptionSpec.of(this.verb.options().get()) : List.of();
  }

  @Override
  public int run(Invocation inv, List<String> args) {
    return VerbRunner.run(verb, verb.name(), inv, args);
  }
}
