package dev.hzone.cli.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a resource can show, and those shown when {@code -o columns=} does not choose. One
 * per resource kind, built once:
 *
 * <pre>{@code
 * TableLayout<Zone> layout = TableLayout.<Zone>builder()
 *     .column(Column.ofLong("id", Zone::id))
 *     .column(Column.of("name", Zone::name))
 *     .defaults("id", "name")
 *     .build();
 * }</pre>
 *
 * @param <T> the row type
 */
public final class TableLayout<T> {
  private final Map<String, Column<T>> columns;
  private final List<String> names;
  private final List<String> defaults;

  private TableLayout(Map<String, Column<T>> columns, List<String> defaults) {
    for (String d : defaults) {
      if (!columns.containsKey(d)) {
        throw new IllegalArgumentException("default column '" + d + "' is not a column");
      }
    }
    this.columns = Map.copyOf(columns);
    this.names =
        List.copyOf(columns.keySet()); // insertion order: the caller passes a LinkedHashMap
    this.defaults = List.copyOf(defaults);
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every column name, in the order they were added (for help texts and suggestions). */
  public List<String> names() {
    return names;
  }

  /** The default column names. */
  public List<String> defaults() {
    return defaults;
  }

  /** The column called {@code name}, if there is one. */
  public Optional<Column<T>> column(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  /**
   * The columns to print for {@code -o columns=...} ({@code chosen}; empty means the defaults).
   *
   * @throws CliException a usage error naming the unknown column, with a suggestion where one is
   *     close
   */
  public List<Column<T>> select(List<String> chosen) {
    List<Column<T>> out = new ArrayList<>();
    for (String name : chosen.isEmpty() ? defaults : chosen) {
      out.add(require(name, "column"));
    }
    return out;
  }

  /** The column called {@code name}, or a usage error that lists the known ones. */
  Column<T> require(String name, String what) {
    Column<T> c = columns.get(name);
    if (c == null) {
      StringBuilder sb = new StringBuilder("unknown " + what + " '" + name + "'");
      Suggestions.closest(name, names)
          .ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
      sb.append(" (known: ").append(String.join(", ", names)).append(')');
      throw CliException.usage(sb.toString());
    }
    return c;
  }

  /** Builds a {@link TableLayout}. */
  public static final class Builder<T> {
    private final Map<String, Column<T>> columns = new LinkedHashMap<>();
    private final List<String> defaults = new ArrayList<>();

    private Builder() {}

    public Builder<T> column(Column<T> c) {
      if (columns.putIfAbsent(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate column " + c.name());
      }
      return this;
    }

    public Builder<T> defaults(String... names) {
      defaults.addAll(List.of(names));
      return this;
    }

    public TableLayout<T> build() {
      return new TableLayout<>(new LinkedHashMap<>(columns), defaults);
    }
  }
}
