package dev.hzone.api;

import dev.hzone.api.schema.ListMeta;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Pagination, in one place: "fetch all" and a lazy iterator over any list endpoint.
 *
 * <p>Fetching all asks for page 1; when its {@code meta} names the last page, pages 2 to last are
 * fetched concurrently on the client's executor (whose thread count bounds the concurrency), and
 * joined in order. Without a last page, {@code next_page} is followed one page at a time. Pages are
 * fetched at the largest size the endpoint allows, so a list costs as few requests as possible. A
 * list read in several pages that do not add up to the total the API announced is refused with
 * {@link InconsistentListException}, never returned short.
 */
final class Pages {
  /** Fetches one page. */
  @FunctionalInterface
  interface Fetcher<T> {
    Page<T> fetch(int page, int perPage);
  }

  /** Page size most endpoints allow at most. */
  static final int MAX_PER_PAGE = 50;

  /** Page size {@code GET /zones/{id}/rrsets} allows at most. */
  static final int MAX_PER_PAGE_RRSETS = 100;

  private final ExecutorService executor;

  Pages(ExecutorService executor) {
    this.executor = executor;
  }

  /**
   * The page of {@code items}, as {@code meta} describes it ({@code meta} may be null: a single
   * page).
   */
  static <T> Page<T> page(List<T> items, ListMeta meta, int page, int perPage) {
    List<T> list = items == null ? List.of() : items;
    if (meta == null || meta.pagination() == null) {
      return new Page<>(
          list,
          page,
          perPage,
          OptionalInt.empty(),
          OptionalInt.of(page),
          OptionalLong.of(list.size()));
    }
    ListMeta.Pagination p = meta.pagination();
    return new Page<>(
        list,
        (int) p.page(),
        (int) p.perPage(),
        optionalInt(p.nextPage()),
        optionalInt(p.lastPage()),
        p.totalEntries() == null ? OptionalLong.empty() : OptionalLong.of(p.totalEntries()));
  }

  private static OptionalInt optionalInt(Long v) {
    return v == null ? OptionalInt.empty() : OptionalInt.of(v.intValue());
  }

  /** Every item on every page. */
  <T> List<T> all(Fetcher<T> fetcher, int perPage) {
    Page<T> first = fetcher.fetch(1, perPage);
    List<T> out = new ArrayList<>(first.items());
    Page<T> last = first;
    if (first.lastPage().isPresent()
        && first.lastPage().getAsInt() > 1
        && first.nextPage().isPresent()) {
      List<Future<Page<T>>> futures = new ArrayList<>();
      for (int p = 2; p <= first.lastPage().getAsInt(); p++) {
        int page = p;
        futures.add(executor.submit(() -> fetcher.fetch(page, perPage)));
      }
      for (Future<Page<T>> f : futures) {
        last = join(f, futures);
        out.addAll(last.items());
      }
    }
    // Follow next_page where the total was unknown, or where the list grew while we read it.
    while (last.nextPage().isPresent() && last.nextPage().getAsInt() > last.page()) {
      last = fetcher.fetch(last.nextPage().getAsInt(), perPage);
      out.addAll(last.items());
    }
    checkComplete(first, last, out.size());
    return out;
  }

  /**
   * Refuses a list read in several pages that do not add up to the total the API gave: a page cut
   * short, or a list that changed between pages (items shift from one page to the next, so one is
   * read twice or not at all). Callers plan deletes from what a list lacks, so a torn list must
   * never pass as a whole one.
   */
  private static void checkComplete(Page<?> first, Page<?> last, int read) {
    if (first.totalEntries().isEmpty() || last == first) {
      return; // one answer cannot tear: a cut-short answer is a transport error
    }
    long total = first.totalEntries().getAsLong();
    if (last.totalEntries().isPresent() && last.totalEntries().getAsLong() != total) {
      throw new InconsistentListException(
          "the list changed while it was read ("
              + total
              + " items at first, "
              + last.totalEntries().getAsLong()
              + " on page "
              + last.page()
              + "); read it again",
          total,
          read);
    }
    if (read != total) {
      throw new InconsistentListException(
          "the list's pages held "
              + read
              + " items, but the API said it has "
              + total
              + ": it changed while it was read, or an answer was cut short; read it again",
          total,
          read);
    }
  }

  private static <T> Page<T> join(Future<Page<T>> f, List<Future<Page<T>>> all) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      all.forEach(x -> x.cancel(true));
      Thread.currentThread().interrupt();
      throw new ApiTransportException("interrupted while fetching pages", e);
    } catch (ExecutionException e) {
      all.forEach(x -> x.cancel(true));
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The items one page at a time, each page fetched when the one before is used up. */
  static <T> Iterator<T> iterate(Fetcher<T> fetcher, int perPage) {
    return new Iterator<>() {
      private Page<T> page;
      private int index;

      @Override
      public boolean hasNext() {
        if (page == null) {
          page = fetcher.fetch(1, perPage);
        }
        while (index >= page.items().size()) {
          if (page.nextPage().isEmpty() || page.nextPage().getAsInt() <= page.page()) {
            return false;
          }
          page = fetcher.fetch(page.nextPage().getAsInt(), perPage);
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.items().get(index++);
      }
    };
  }
}
