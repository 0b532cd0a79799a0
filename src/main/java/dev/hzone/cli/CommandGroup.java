package dev.hzone.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A command made of verbs: {@code hzone zone list}, {@code hzone zone create} and so on. */
public final class CommandGroup implements Command {
  private final String name;
  private final String summary;
  private final Map<String, Verb> verbs = new LinkedHashMap<>();

  public CommandGroup(String name, String summary, List<Verb> verbs) {
    this.name = name;
    this.summary = summary;
    for (Verb v : verbs) {
      this.verbs.put(v.name(), v);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public List<String> verbs() {
    return List.copyOf(verbs.keySet());
  }

  @Override
  public List<OptionSpec> options(String verb) {
    Verb v = verbs.get(verb);
    return v == null ? List.of() : OptionSpec.of(v.options().get());
  }

  /** The verb called {@code word}, if there is one. */
  public Optional<Verb> verb(String word) {
    return Optional.ofNullable(verbs.get(word));
  }

  @Override
  public int run(Invocation inv, List<String> args) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
      printHelp(inv);
      return args.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
    }
    String word = args.get(0);
    Verb verb = verbs.get(word);
    if (verb == null) {
      throw CliException.usage(
          Suggestions.unknown("command", "hzone " + name + " " + word, qualified(), "hzone " + name)
              .replace("'hzone " + name + " ", "'"));
    }
    return VerbRunner.run(verb, name + " " + word, inv, args.subList(1, args.size()));
  }

  private List<String> qualified() {
    List<String> out = new ArrayList<>();
    for (String v : verbs.keySet()) {
      out.add("hzone " + name + " " + v);
    }
    return out;
  }

  private void printHelp(Invocation inv) {
    inv.out().println("Usage: hzone " + name + " COMMAND [OPTIONS] [ARGS]");
    inv.out().println();
    inv.out().println(summary);
    inv.out().println();
    inv.out().println("Commands:");
    int width = verbs.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Verb v : verbs.values()) {
      inv.out().printf("  %-" + width + "s   %s%n", v.name(), v.summary());
    }
    inv.out().println();
    inv.out().println("Run 'hzone " + name + " COMMAND --help' for a command's options and examples.");
  }
}
