package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a file (or of a chunk of one) in file order, as parallel arrays, their values and comments as
 * UTF-8 in one byte array: a handful of large arrays instead of a few objects and strings per record, which is
 * what a zone of a million records costs in memory and in garbage collection. {@link ZoneAssembly} groups them
 * into RRSets, and the zone keeps the text as it is ({@link dev.hzone.dns.RrsetTable}).
 */
final class RecordTable {
  private static final RecordType[] TYPES = RecordType.values();

  int size;
  String[] names;
  /** {@link RecordType#ordinal()} of each record. */
  byte[] types;
  int[] ttls;
  boolean[] explicit;
  String[] files;
  int[] lines;
  /** Record {@code i}: value {@code text[start[i], commentStart[i])}, comment up to {@code start[i + 1]}. */
  byte[] text;
  int[] start;
  int[] commentStart;

  RecordTable(int capacity) {
    this(Math.max(16, capacity), Math.max(16, capacity) * 32);
  }

  private RecordTable(int capacity, int textCapacity) {
    names = new String[capacity];
    types = new byte[capacity];
    ttls = new int[capacity];
    explicit = new boolean[capacity];
    files = new String[capacity];
    lines = new int[capacity];
    text = new byte[textCapacity];
    start = new int[capacity + 1];
    commentStart = new int[capacity];
  }

  void add(String name, RecordType type, int ttl, boolean isExplicit, String value, String comment, String file,
      int line) {
    if (size == names.length) {
      grow(size * 2);
    }
    names[size] = name;
    types[size] = (byte) type.ordinal();
    ttls[size] = ttl;
    explicit[size] = isExplicit;
    files[size] = file;
    lines[size] = line;
    int at = append(start[size], value);
    commentStart[size] = at;
    start[size + 1] = append(at, comment);
    size++;
  }

  /** Writes {@code s} as UTF-8 at {@code at}; returns where it ends. */
  private int append(int at, String s) {
    int n = s.length();
    if (at + n > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, at + 4 * n));
    }
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c >= 0x80) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (at + utf8.length > text.length) {
          text = Arrays.copyOf(text, Math.max(text.length * 2, at + utf8.length));
        }
        System.arraycopy(utf8, 0, text, at, utf8.length);
        return at + utf8.length;
      }
      text[at + k] = (byte) c;
    }
    return at + n;
  }

  RecordType type(int i) {
    return TYPES[types[i]];
  }

  String value(int i) {
    return new String(text, start[i], commentStart[i] - start[i], StandardCharsets.UTF_8);
  }

  /** Whether records {@code i} and {@code j} have the same value. */
  boolean sameValue(int i, int j) {
    return Arrays.equals(text, start[i], commentStart[i], text, start[j], commentStart[j]);
  }

  private void grow(int capacity) {
    names = Arrays.copyOf(names, capacity);
    types = Arrays.copyOf(types, capacity);
    ttls = Arrays.copyOf(ttls, capacity);
    explicit = Arrays.copyOf(explicit, capacity);
    files = Arrays.copyOf(files, capacity);
    lines = Arrays.copyOf(lines, capacity);
    start = Arrays.copyOf(start, capacity + 1);
    commentStart = Arrays.copyOf(commentStart, capacity);
  }

  /** The tables one after the other, in the order given. */
  static RecordTable concat(List<RecordTable> tables) {
    if (tables.size() == 1) {
      return tables.get(0);
    }
    RecordTable out = new RecordTable(tables.stream().mapToInt(t -> t.size).sum(),
        tables.stream().mapToInt(t -> t.start[t.size]).sum());
    for (RecordTable t : tables) {
      int n = t.size;
      int o = out.size;
      System.arraycopy(t.names, 0, out.names, o, n);
      System.arraycopy(t.types, 0, out.types, o, n);
      System.arraycopy(t.ttls, 0, out.ttls, o, n);
      System.arraycopy(t.explicit, 0, out.explicit, o, n);
      System.arraycopy(t.files, 0, out.files, o, n);
      System.arraycopy(t.lines, 0, out.lines, o, n);
      int shift = out.start[o];
      System.arraycopy(t.text, 0, out.text, shift, t.start[n]);
      for (int k = 0; k < n; k++) {
        out.start[o + k + 1] = t.start[k + 1] + shift;
        out.commentStart[o + k] = t.commentStart[k] + shift;
      }
      out.size += n;
    }
    return out;
  }
}
