package dev.hzone.cli.framework;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column a resource can show in a table: its name as {@code -o columns=} takes it, how to print
 * a row's cell, and how rows compare when {@code --sort} names it.
 *
 * @param name lower-case name with underscores ({@code record_count}); the header is derived from
 *     it
 * @param text the cell for one row (never null; {@code "-"} for "nothing" is the caller's choice)
 * @param order how {@code --sort NAME} orders rows
 * @param <T> the row type
 */
public record Column<T>(String name, Function<T, String> text, Comparator<T> order) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(order, "order");
  }

  /** A column sorted by its text, case-insensitively. */
  public static <T> Column<T> of(String name, Function<T, String> text) {
    return new Column<>(name, text, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
  }

  /**
   * A column sorted by a number (ids, counts, sizes), printed as that number unless {@code text}
   * says.
   */
  public static <T> Column<T> ofLong(String name, java.util.function.ToLongFunction<T> key) {
    return new Column<>(
        name, t -> Long.toString(key.applyAsLong(t)), Comparator.comparingLong(key));
  }

  /**
   * The hcloud CLI's header for this column: upper case, underscores as spaces ({@code RECORD
   * COUNT}).
   */
  public String header() {
    return name.replace('_', ' ').toUpperCase(Locale.ROOT);
  }
}
