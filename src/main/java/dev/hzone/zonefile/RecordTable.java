package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a file (or of a chunk of one) in file order, as parallel arrays: a handful of large arrays
 * instead of a few small objects per record while reading, which is what the garbage collector pays for in a
 * zone of a million records. {@link ZoneAssembly} groups them into RRSets.
 */
final class RecordTable {
  int size;
  String[] names;
  RecordType[] types;
  int[] ttls;
  boolean[] explicit;
  String[] values;
  String[] comments;
  String[] files;
  int[] lines;

  RecordTable(int capacity) {
    int c = Math.max(16, capacity);
    names = new String[c];
    types = new RecordType[c];
    ttls = new int[c];
    explicit = new boolean[c];
    values = new String[c];
    comments = new String[c];
    files = new String[c];
    lines = new int[c];
  }

  void add(String name, RecordType type, int ttl, boolean isExplicit, String value, String comment, String file,
      int line) {
    if (size == names.length) {
      grow(size * 2);
    }
    names[size] = name;
    types[size] = type;
    ttls[size] = ttl;
    explicit[size] = isExplicit;
    values[size] = value;
    comments[size] = comment;
    files[size] = file;
    lines[size] = line;
    size++;
  }

  private void grow(int capacity) {
    names = Arrays.copyOf(names, capacity);
    types = Arrays.copyOf(types, capacity);
    ttls = Arrays.copyOf(ttls, capacity);
    explicit = Arrays.copyOf(explicit, capacity);
    values = Arrays.copyOf(values, capacity);
    comments = Arrays.copyOf(comments, capacity);
    files = Arrays.copyOf(files, capacity);
    lines = Arrays.copyOf(lines, capacity);
  }

  /** The tables one after the other, in the order given. */
  static RecordTable concat(List<RecordTable> tables) {
    if (tables.size() == 1) {
      return tables.get(0);
    }
    RecordTable out = new RecordTable(tables.stream().mapToInt(t -> t.size).sum());
    for (RecordTable t : tables) {
      int n = t.size;
      int o = out.size;
      System.arraycopy(t.names, 0, out.names, o, n);
      System.arraycopy(t.types, 0, out.types, o, n);
      System.arraycopy(t.ttls, 0, out.ttls, o, n);
      System.arraycopy(t.explicit, 0, out.explicit, o, n);
      System.arraycopy(t.values, 0, out.values, o, n);
      System.arraycopy(t.comments, 0, out.comments, o, n);
      System.arraycopy(t.files, 0, out.files, o, n);
      System.arraycopy(t.lines, 0, out.lines, o, n);
      out.size += n;
    }
    return out;
  }
}
