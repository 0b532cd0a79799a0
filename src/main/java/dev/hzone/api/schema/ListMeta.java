package dev.hzone.api.schema;

/**
 * The {@code meta} object of list answers.
 *
 * @param pagination where this page stands
 */
public record ListMeta(Pagination pagination) {

  /**
   * {@code meta.pagination}: {@code previous_page}, {@code next_page}, {@code last_page} and {@code
   * total_entries} are null on the first or last page or when the total is not known.
   */
  public record Pagination(
      long page,
      long perPage,
      Long previousPage,
      Long nextPage,
      Long lastPage,
      Long totalEntries) {}
}
