package dev.hzone.cli.framework;

import com.google.gson.JsonElement;

/**
 * How one kind of resource is shown, in every output form: its table columns, its JSON object (the
 * API's own shape, so scripts written for the hcloud CLI keep working with {@code -o json}), and
 * its describe layout for people. {@link Printer} chooses among them from {@code -o}.
 *
 * @param <T> the resource type as the command has it (usually an {@code api} model)
 */
public interface ResourceView<T> {
  /** Table columns and the default selection. */
  TableLayout<T> table();

  /**
   * The resource as the API returns it ({@code GET /zones/{id}} gives {@code {"zone": OBJECT}};
   * this is OBJECT), with secrets masked unless the user explicitly asked for them.
   */
  JsonElement toJson(T item);

  /** The human describe layout. */
  void describe(T item, DescribeWriter out);
}
