package dev.hzone.cli.framework;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The one way a command prints resources, honouring {@code -o} (before the command, or after it as
 * the hcloud CLI takes it) and {@code --sort}:
 *
 * <ul>
 *   <li>{@code table}: aligned columns with a header ({@code noheader} drops it), the resource's
 *       default columns or those named by {@code columns=a,b}; one resource is shown in its
 *       describe layout;
 *   <li>{@code json}: a list as a JSON array of API objects (like {@code hcloud ... list -o json}),
 *       one resource as its API object;
 *   <li>{@code yaml}: the same data as YAML.
 * </ul>
 *
 * <pre>{@code
 * static Options listOptions() { Options o = new Options(); Printer.addListOptions(o); return o; }
 * // in the handler:
 * Printer p = Printer.of(inv, cl);
 * List<Zone> zones = client.zones().list(Printer.selector(cl));
 * p.list(zones, new ZoneView(p.clock()));
 * }</pre>
 */
public final class Printer {
  private static final Gson JSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  private final Invocation inv;
  private final OutputOptions output;
  private final List<String> sort;
  private final Clock clock;

  /**
   * A printer for this output, sort order and clock.
   *
   * @param inv the invocation whose stdout receives the result
   * @param output the merged {@code -o} options
   * @param sort the {@code --sort} values ({@code field[:asc|:desc]}, possibly comma-separated)
   * @param clock for ages and relative times
   */
  public Printer(Invocation inv, OutputOptions output, List<String> sort, Clock clock) {
    this.inv = inv;
    this.output = output;
    this.sort = List.copyOf(sort);
    this.clock = clock;
  }

  /** A printer for the global {@code -o} options only. */
  public static Printer of(Invocation inv) {
    return new Printer(inv, inv.globals().output(), List.of(), clock(inv));
  }

  /**
   * A printer for the global {@code -o} options merged with the command's own {@code -o} and {@code
   * --sort} (see {@link #addOutputOption} and {@link #addListOptions}).
   */
  public static Printer of(Invocation inv, CommandLine cl) {
    OutputOptions merged = inv.globals().output();
    if (cl.hasOption("output")) {
      merged = merged.with(List.of(cl.getOptionValues("output")));
    }
    List<String> sort = cl.hasOption("sort") ? List.of(cl.getOptionValues("sort")) : List.of();
    return new Printer(inv, merged, sort, clock(inv));
  }

  /**
   * The clock for ages: the invocation's {@link Clock} resource if a test registered one, else the
   * system clock in the local time zone (dates are shown in local time, as the hcloud CLI does).
   */
  public static Clock clock(Invocation inv) {
    return inv.resources().get(Clock.class, Clock::systemDefaultZone);
  }

  /**
   * Adds {@code -o/--output} to a verb's options (for describe, create and other one-resource
   * verbs).
   */
  public static Options addOutputOption(Options o) {
    o.addOption(
        Option.builder("o")
            .longOpt("output")
            .hasArg()
            .argName("FORMAT")
            .desc("table, json, yaml, columns=a,b, noheader (repeatable)")
            .build());
    return o;
  }

  /**
   * Adds {@code -o/--output}, {@code -l/--selector} and {@code -s/--sort} to a list verb's options.
   */
  public static Options addListOptions(Options o) {
    addOutputOption(o);
    o.addOption(
        Option.builder("l")
            .longOpt("selector")
            .hasArg()
            .argName("SELECTOR")
            .desc("only resources whose labels match, e.g. env=prod,!legacy")
            .build());
    o.addOption(
        Option.builder("s")
            .longOpt("sort")
            .hasArg()
            .argName("FIELD[:asc|:desc]")
            .desc("sort by a column, e.g. name or created:desc (repeatable)")
            .build());
    return o;
  }

  /** The {@code --selector} value, if given. */
  public static Optional<String> selector(CommandLine cl) {
    return Optional.ofNullable(cl.getOptionValue("selector")).filter(s -> !s.isBlank());
  }

  /** The output options in effect. */
  public OutputOptions output() {
    return output;
  }

  /** The clock used for ages; views take it so that tests can fix the time. */
  public Clock clock() {
    return clock;
  }

  /** Prints a list: a table, a JSON array or a YAML sequence. */
  public <T> void list(List<T> items, ResourceView<T> view) {
    List<T> rows = sorted(items, view.table());
    switch (output.format()) {
      case JSON -> inv.out().println(JSON.toJson(array(rows, view)));
      case YAML -> inv.out().print(YamlWriter.write(array(rows, view)));
      case TABLE -> table(rows, view.table());
    }
  }

  /** Prints one resource: its describe layout, its JSON object or its YAML mapping. */
  public <T> void one(T item, ResourceView<T> view) {
    switch (output.format()) {
      case JSON -> inv.out().println(JSON.toJson(view.toJson(item)));
      case YAML -> inv.out().print(YamlWriter.write(view.toJson(item)));
      case TABLE -> {
        DescribeWriter d = new DescribeWriter();
        view.describe(item, d);
        inv.out().print(d.render());
      }
    }
  }

  /**
   * Prints a result that is not a resource (a check's report, say): {@code data} as JSON or YAML,
   * or {@code human} for the table form.
   */
  public void value(JsonElement data, Runnable human) {
    switch (output.format()) {
      case JSON -> inv.out().println(JSON.toJson(data));
      case YAML -> inv.out().print(YamlWriter.write(data));
      case TABLE -> human.run();
    }
  }

  /**
   * Whether the output is for programs (JSON or YAML), so that commands keep chatter off stdout.
   */
  public boolean machine() {
    return output.isMachine();
  }

  /** Pretty JSON as {@code -o json} prints it (two-space indent, nulls kept, no HTML escaping). */
  public static String json(JsonElement e) {
    return JSON.toJson(e);
  }

  private <T> JsonArray array(List<T> rows, ResourceView<T> view) {
    JsonArray a = new JsonArray();
    for (T t : rows) {
      a.add(view.toJson(t));
    }
    return a;
  }

  private <T> void table(List<T> rows, TableLayout<T> layout) {
    List<Column<T>> cols = layout.select(output.columns());
    TextTable t = new TextTable();
    if (output.header()) {
      t.row(cols.stream().map(Column::header).toList());
    }
    for (T row : rows) {
      List<String> cells = new ArrayList<>(cols.size());
      for (Column<T> c : cols) {
        cells.add(c.text().apply(row));
      }
      t.row(cells);
    }
    t.print(inv.out());
  }

  private <T> List<T> sorted(List<T> items, TableLayout<T> layout) {
    Comparator<T> order = null;
    for (String value : sort) {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        String[] fd = part.trim().toLowerCase(Locale.ROOT).split(":", 2);
        Comparator<T> c = layout.require(fd[0], "sort field").order();
        if (fd.length == 2) {
          switch (fd[1]) {
            case "asc" -> {}
            case "desc" -> c = c.reversed();
            default ->
                throw CliException.usage(
                    "unknown sort direction '"
                        + fd[1]
                        + "' in '"
                        + part.trim()
                        + "': use asc or desc");
          }
        }
        order = order == null ? c : order.thenComparing(c);
      }
    }
    if (order == null) {
      return items;
    }
    List<T> out = new ArrayList<>(items);
    out.sort(order);
    return out;
  }
}
