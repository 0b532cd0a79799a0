package dev.hzone.zonefile;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * An RRSet being read: its key, where it started, its TTL, and its records with their lines. Most RRSets
 * hold one record, so the first is kept apart from the list of the rest.
 */
final class RrsetAccumulator {
  final RrsetKey key;
  final String file;
  final int line;
  final int ttl;
  boolean explicit;
  /** The next RRSet at the same owner name, in the builder's table. */
  RrsetAccumulator next;
  private final RecordValue first;
  private ArrayList<RecordValue> more;
  private int[] moreLines;
  private HashMap<String, Integer> index;

  RrsetAccumulator(RrsetKey key, String file, int line, int ttl, boolean explicit, RecordValue first) {
    this.key = key;
    this.file = file;
    this.line = line;
    this.ttl = ttl;
    this.explicit = explicit;
    this.first = first;
  }

  int size() {
    return more == null ? 1 : 1 + more.size();
  }

  RecordValue get(int i) {
    return i == 0 ? first : more.get(i - 1);
  }

  int lineOf(int i) {
    return i == 0 ? line : moreLines[i - 1];
  }

  /** The index of the record with this value, or -1. */
  int indexOf(String value) {
    if (index != null) {
      Integer i = index.get(value);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size(); i++) {
      if (get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }

  void add(RecordValue v, int atLine) {
    if (more == null) {
      more = new ArrayList<>(2);
      moreLines = new int[2];
    }
    int i = more.size();
    more.add(v);
    if (i == moreLines.length) {
      moreLines = Arrays.copyOf(moreLines, i * 2);
    }
    moreLines[i] = atLine;
    if (index == null && size() > 8) {
      index = new HashMap<>();
      for (int k = 0; k < size(); k++) {
        index.putIfAbsent(get(k).value(), k);
      }
    } else if (index != null) {
      index.putIfAbsent(v.value(), size() - 1);
    }
  }

  List<RecordValue> records() {
    if (more == null) {
      return List.of(first);
    }
    RecordValue[] all = new RecordValue[size()];
    all[0] = first;
    for (int i = 0; i < more.size(); i++) {
      all[i + 1] = more.get(i);
    }
    return List.of(all);
  }
}
