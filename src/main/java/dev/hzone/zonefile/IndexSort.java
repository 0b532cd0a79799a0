package dev.hzone.zonefile;

import java.util.concurrent.CompletableFuture;

/**
 * A stable merge sort of record indices with a comparator on ints (no boxing), its two halves
 * sorted on two cores when there are many.
 */
final class IndexSort {
  /** Compares two indices. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  private static final int INSERTION = 24;
  private static final int PARALLEL = 1 << 16;

  private IndexSort() {}

  /** The indices {@code 0..n-1} in the order of {@code cmp}; equal elements stay in index order. */
  static int[] sort(int n, IntComparator cmp) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] tmp = new int[n];
    if (n >= PARALLEL && Runtime.getRuntime().availableProcessors() > 1) {
      int mid = n >>> 1;
      CompletableFuture<Void> left = CompletableFuture.runAsync(() -> sort(a, tmp, 0, mid, cmp));
      sort(a, tmp, mid, n, cmp);
      left.join();
      merge(a, tmp, 0, mid, n, cmp);
    } else {
      sort(a, tmp, 0, n, cmp);
    }
    return a;
  }

  /** Sorts {@code a[from, to)}, using {@code tmp} of the same range as scratch. */
  private static void sort(int[] a, int[] tmp, int from, int to, IntComparator cmp) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, tmp, from, mid, cmp);
    sort(a, tmp, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return; // already in order: sorted input stays cheap
    }
    merge(a, tmp, from, mid, to, cmp);
  }

  private static void merge(int[] a, int[] tmp, int from, int mid, int to, IntComparator cmp) {
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
