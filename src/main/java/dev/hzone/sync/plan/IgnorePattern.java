package dev.hzone.sync.plan;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * RRSets that a sync never touches, by name glob and optionally by type. Names are relative to the
 * zone and matched without regard to case: {@code *} matches within one label, {@code **} across
 * labels, {@code ?} one character. {@code dyn*} matches {@code dyn1} but not {@code a.dyn1}; {@code
 * **.dev} matches every name under {@code dev}. The apex is matched only by {@code @} or {@code
 * **}.
 */
public final class IgnorePattern {
  private final String glob;
  private final Set<RecordType> types;
  private final Pattern regex;

  /**
   * @param glob the name pattern as written
   * @param types the types it applies to; empty for all
   */
  public IgnorePattern(String glob, Set<RecordType> types) {
    Objects.requireNonNull(glob, "glob");
    if (glob.isBlank()) {
      throw new IllegalArgumentException("an ignore pattern needs a name");
    }
    this.glob = glob;
    this.types = Set.copyOf(types);
    this.regex = compile(glob.toLowerCase(Locale.ROOT));
  }

  public String glob() {
    return glob;
  }

  public Set<RecordType> types() {
    return types;
  }

  /** Whether the pattern covers this RRSet. */
  public boolean matches(RrsetKey key) {
    if (!types.isEmpty() && !types.contains(key.type())) {
      return false;
    }
    if (key.isApex()) {
      return glob.equals(RrsetKey.APEX) || glob.equals("**");
    }
    return regex.matcher(key.name()).matches();
  }

  private static Pattern compile(String g) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^.]*");
      } else if (c == '?') {
        re.append("[^.]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  /** For messages: {@code "dyn*" (A, AAAA)}. */
  public String describe() {
    if (types.isEmpty()) {
      return "\"" + glob + "\"";
    }
    return "\"" + glob + "\" (" + String.join(", ", typeNames()) + ")";
  }

  /** The type names in canonical order. */
  public Set<String> typeNames() {
    Set<String> names = new TreeSet<>();
    for (RecordType t : types) {
      names.add(t.name());
    }
    return names;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IgnorePattern p && p.glob.equals(glob) && p.types.equals(types);
  }

  @Override
  public int hashCode() {
    return Objects.hash(glob, types);
  }

  @Override
  public String toString() {
    return describe();
  }
}
