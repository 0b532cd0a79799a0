package dev.hzone.cli.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a command prints its result, from one or more {@code -o} flags as the hcloud CLI takes them:
 * {@code table} (default), {@code json}, {@code yaml}, {@code columns=a,b}, {@code noheader}.
 *
 * @param format table, json or yaml
 * @param columns the columns to show in a table; empty for the command's default set
 * @param header whether a table has a header line
 */
public record OutputOptions(Format format, List<String> columns, boolean header) {

  /** The output formats. */
  public enum Format {
    TABLE,
    JSON,
    YAML
  }

  public OutputOptions {
    columns = List.copyOf(columns);
  }

  /** The default: a table with a header and the command's default columns. */
  public static OutputOptions table() {
    return new OutputOptions(Format.TABLE, List.of(), true);
  }

  /** Parses the values of every {@code -o} flag given. */
  public static OutputOptions parse(List<String> values) {
    Format format = Format.TABLE;
    List<String> columns = new ArrayList<>();
    boolean header = true;
    for (String v : values) {
      {
        String lower = v.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("json")) {
          format = Format.JSON;
        } else if (lower.equals("yaml")) {
          format = Format.YAML;
        } else if (lower.equals("table")) {
          format = Format.TABLE;
        } else if (lower.equals("noheader")) {
          header = false;
        } else if (lower.startsWith("columns=")) {
          for (String c : lower.substring("columns=".length()).split(",")) {
            if (!c.isBlank()) {
              columns.add(c.trim());
            }
          }
        } else {
          throw CliException.usage(
              "unknown output format '" + v + "': use table, json, yaml, columns=a,b or noheader");
        }
      }
    }
    return new OutputOptions(format, columns, header);
  }

  /**
   * These options with more {@code -o} values applied on top, as given after the command ({@code
   * hzone zone list -o json}): a later format wins, later columns replace earlier ones, and {@code
   * noheader} anywhere drops the header.
   */
  public OutputOptions with(List<String> values) {
    OutputOptions more = parse(values);
    boolean formatGiven =
        values.stream()
            .map(v -> v.trim().toLowerCase(Locale.ROOT))
            .anyMatch(v -> v.equals("json") || v.equals("yaml") || v.equals("table"));
    return new OutputOptions(
        formatGiven ? more.format : format,
        more.columns.isEmpty() ? columns : more.columns,
        header && more.header);
  }

  public boolean isJson() {
    return format == Format.JSON;
  }

  public boolean isMachine() {
    return format != Format.TABLE;
  }
}
