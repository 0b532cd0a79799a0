package dev.hzone.cli.framework;

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
  private final Map<String, CommandGroup> groups = new LinkedHashMap<>();
  private final List<String> aliases;

  public CommandGroup(String name, String summary, List<Verb> verbs) {
    this(name, summary, verbs, List.of(), List.of());
  }

  /**
   * A group with nested groups ({@code hzone zone rrset ...}); a nested group answers to its name
   * and to its aliases.
   *
   * @param name the command words that select it, e.g. {@code "zone"} or {@code "zone rrset"}
   * @param aliases other last words that select it (the hcloud CLI's {@code record} for {@code
   *     rrset})
   */
  public CommandGroup(
      String name,
      String summary,
      List<Verb> verbs,
      List<CommandGroup> groups,
      List<String> aliases) {
    this.name = name;
    this.summary = summary;
    this.aliases = List.copyOf(aliases);
    for (Verb v : verbs) {
      this.verbs.put(v.name(), v);
    }
    for (CommandGroup g : groups) {
      this.groups.put(g.word(), g);
      for (String a : g.aliases) {
        this.groups.put(a, g);
      }
    }
  }

  /** The last word of the name: what selects a nested group. */
  private String word() {
    return name.substring(name.lastIndexOf(' ') + 1);
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

  /** The nested groups by their names (not their aliases), e.g. {@code rrset} of {@code zone}. */
  public List<CommandGroup> groups() {
    return List.copyOf(new java.util.LinkedHashSet<>(groups.values()));
  }

  /**
   * The words that select it as a nested group: its last word and its aliases ({@code rrset},
   * {@code record}).
   */
  public List<String> words() {
    List<String> out = new ArrayList<>(List.of(word()));
    out.addAll(aliases);
    return out;
  }

  /** The words that select it: {@code "zone rrset"}. */
  public String path() {
    return name;
  }

  /** The verb called {@code word}, if there is one. */
  public Optional<Verb> verb(String word) {
    return Optional.ofNullable(verbs.get(word));
  }

  @Override
  public int run(Invocation inv, List<String> args) {
    if (args.isEmpty()
        || args.get(0).equals("--help")
        || args.get(0).equals("-h")
        || args.get(0).equals("help")) {
      printHelp(inv);
      return args.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
    }
    String word = args.get(0);
    CommandGroup group = groups.get(word);
    if (group != null) {
      return group.run(inv, args.subList(1, args.size()));
    }
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
    for (String g : groups.keySet()) {
      out.add("hzone " + name + " " + g);
    }
    return out;
  }

  private void printHelp(Invocation inv) {
    inv.out().println("Usage: hzone " + name + " COMMAND [OPTIONS] [ARGS]");
    inv.out().println();
    inv.out().println(summary);
    inv.out().println();
    inv.out().println("Commands:");
    int width =
        java.util.stream.Stream.concat(verbs.keySet().stream(), groups.keySet().stream())
            .mapToInt(String::length)
            .max()
            .orElse(0);
    for (Verb v : verbs.values()) {
      inv.out().printf("  %-" + width + "s   %s%n", v.name(), v.summary());
    }
    for (CommandGroup g : new java.util.LinkedHashSet<>(groups.values())) {
      inv.out()
          .printf(
              "  %-" + width + "s   %s%s%n",
              g.word(),
              g.summary(),
              g.aliases.isEmpty() ? "" : " (also: " + String.join(", ", g.aliases) + ")");
    }
    inv.out().println();
    inv.out()
        .println("Run 'hzone " + name + " COMMAND --help' for a command's options and examples.");
  }
}
