package dev.hzone.api;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a list answer.
 *
 * @param items the page's items
 * @param page this page's number, from 1
 * @param perPage the page size asked for
 * @param nextPage the next page's number, empty on the last page
 * @param lastPage the last page's number, if the API knows it
 * @param totalEntries the number of items on all pages, if the API knows it
 * @param <T> the item type
 */
public record Page<T>(
    List<T> items,
    int page,
    int perPage,
    OptionalInt nextPage,
    OptionalInt lastPage,
    OptionalLong totalEntries) {

  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(nextPage, "nextPage");
    Objects.requireNonNull(lastPage, "lastPage");
    Objects.requireNonNull(totalEntries, "totalEntries");
  }
}
