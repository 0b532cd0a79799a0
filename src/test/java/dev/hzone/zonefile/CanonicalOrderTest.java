package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalOrderTest {
  @Test
  void sortKeyOrderIsTheModelsOrder() {
    Random random = new Random(7);
    String alphabet = "ab-_*0\\.";
    List<Rrset> rrsets = new ArrayList<>();
    for (String fixed : List.of("@", "a", "a-b", "a.b", "b", "ab", "a.a-b", "x.a", "*.a", "_t._tcp", "a\\.b", "b.a\\.b")) {
      rrsets.add(rrset(fixed, RecordType.A));
      rrsets.add(rrset(fixed, RecordType.TXT));
    }
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int labels = 1 + random.nextInt(3);
      for (int l = 0; l < labels; l++) {
        if (l > 0) {
          sb.append('.');
        }
        int len = 1 + random.nextInt(4);
        for (int k = 0; k < len; k++) {
          char c = alphabet.charAt(random.nextInt(alphabet.length() - 2));
          sb.append(c);
        }
      }
      rrsets.add(rrset(sb.toString(), random.nextBoolean() ? RecordType.A : RecordType.MX));
    }
    TreeMap<RrsetKey, Rrset> expected = new TreeMap<>();
    for (Rrset r : rrsets) {
      expected.put(r.key(), r);
    }
    CanonicalOrder.Item[] items = expected.values().stream()
        .map(r -> CanonicalOrder.item(new RrsetAccumulator(r.key(), "f", 1, 60, false, r.records().get(0))))
        .toArray(CanonicalOrder.Item[]::new);
    java.util.Collections.shuffle(Arrays.asList(items), random);
    CanonicalOrder.sort(items);
    assertEquals(new ArrayList<>(expected.keySet()),
        Arrays.stream(items).map(i -> i.acc().key).toList());
    assertEquals(expected, dev.hzone.dns.ZoneData.ofSorted("example.com", OptionalInt.empty(),
        new ArrayList<>(expected.values())).rrsets());
  }

  private static Rrset rrset(String name, RecordType type) {
    return Rrset.of(RrsetKey.of(name, type), OptionalInt.empty(), List.of(RecordValue.of("x")));
  }
}
