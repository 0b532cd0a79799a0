package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {
  @Test
  void sortsStablyLikeTheJdkOnSmallAndParallelSizes() {
    Random random = new Random(3);
    for (int n : new int[] {0, 1, 5, 24, 25, 1000, 70_000, 200_000}) {
      int[] keys = random.ints(n, 0, Math.max(1, n / 4)).toArray();
      int[] expected =
          IntStream.range(0, n)
              .boxed()
              .sorted(Comparator.comparingInt(i -> keys[i])) // stable
              .mapToInt(Integer::intValue)
              .toArray();
      assertArrayEquals(
          expected, IndexSort.sort(n, (a, b) -> Integer.compare(keys[a], keys[b])), "n=" + n);
    }
  }
}
