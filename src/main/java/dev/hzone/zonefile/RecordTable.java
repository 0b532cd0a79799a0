package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a file (or of a chunk of one) in file order, as parallel arrays, their values and
 * comments as UTF-8 in one byte array: a handful of large arrays instead of a few objects and
 * strings per record, which is what a zone of a million records costs in memory and in garbage
 * collection. {@link ZoneAssembly} groups them into RRSets, and the zone keeps the text as it is
 * ({@link dev.hzone.dns.RrsetTable}).
 */
final class RecordTable {
  static final RecordType[] TYPES = RecordType.values();

  int size;
  String[] names;

  /** {@link RecordType#ordinal()} of each record. */
  byte[] types;

  int[] ttls;
  boolean[] explicit;
  String[] files;
  int[] lines;

  /**
   * Record {@code i}: value {@code text[start[i], commentStart[i])}, comment up to {@code start[i +
   * 1]}.
   */
  byte[] text;

  int[] start;
  int[] commentStart;

  RecordTable(int capacity) {
    // Values and comments take a little less than the file's bytes: room for about that many, so
    // that the
    // text array is not copied to grow (the two copies would be the peak of a large read).
    this(Math.max(16, capacity), Math.max(16, capacity) * ChunkedRead.BYTES_PER_RECORD);
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

  void add(
      String name,
      RecordType type,
      int ttl,
      boolean isExplicit,
      String value,
      String comment,
      String file,
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

  /**
   * Lets go of the unused end of {@link #text}, which the zone would otherwise keep, when it is
   * large.
   */
  void trimText() {
    int used = start[size];
    if (text.length - used > used / 4) {
      text = Arrays.copyOf(text, used);
    }
  }

  RecordType type(int i) {
    return TYPES[types[i]];
  }

  String value(int i) {
    return new String(text, start[i], commentStart[i] - start[i], StandardCharsets.UTF_8);
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
}
