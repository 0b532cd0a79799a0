package dev.hzone.dns;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The Public Suffix List (publicsuffix.org), whole: the copy OkHttp bundles as a class-path
 * resource, read here without OkHttp's classes so that packages that may not use OkHttp (the
 * emulator, the zone-file lint) share it with the command line. The list's usual algorithm: the
 * longest matching rule wins, wildcard rules ({@code *.kawasaki.jp}) match one more label,
 * exception rules ({@code !city.kawasaki.jp}) win over both, and a name under no rule has its last
 * label for its public suffix. The list's ICANN and private sections are one in OkHttp's copy, so
 * both count.
 */
public final class PublicSuffixes {
  /**
   * OkHttp's copy: a 4-byte length and the rules, then a 4-byte length and the exception rules, one
   * a line.
   */
  private static final String LIST = "/okhttp3/internal/publicsuffix/publicsuffixes.gz";

  /**
   * The special-use top-level domains of RFC 2606 and RFC 6761, kept for tests and documentation.
   */
  private static final Set<String> RESERVED = Set.of("test", "example", "invalid", "localhost");

  private PublicSuffixes() {}

  /**
   * The registrable domain of {@code name} (one label under its public suffix), spelled as given,
   * without a trailing dot: {@code www.example.co.uk} gives {@code example.co.uk}, {@code
   * example.co.id} itself; empty for a public suffix ({@code co.uk}) or a name that is not a domain
   * name.
   */
  public static Optional<String> registrableDomain(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (n.isEmpty() || n.startsWith(".") || n.contains("..")) {
      return Optional.empty();
    }
    String[] labels = n.split("\\.");
    String[] unicode = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      try {
        // The list spells internationalised names in Unicode.
        unicode[i] = IDN.toUnicode(labels[i], IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    int suffix = suffixLabels(unicode);
    if (labels.length <= suffix) {
      return Optional.empty();
    }
    return Optional.of(
        String.join(
            ".", java.util.Arrays.copyOfRange(labels, labels.length - suffix - 1, labels.length)));
  }

  /**
   * As {@link #registrableDomain}, but empty also for a name whose top-level domain the list does
   * not have, apart from the special-use ones of RFC 2606 and RFC 6761 ({@code test}, {@code
   * example}, {@code invalid}, {@code localhost}): so that a file name read as a zone ({@code
   * zone.txt}) is no domain.
   */
  public static Optional<String> knownRegistrableDomain(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    String tld;
    try {
      tld =
          IDN.toUnicode(n.substring(n.lastIndexOf('.') + 1), IDN.ALLOW_UNASSIGNED)
              .toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!RESERVED.contains(tld) && !List.RULES.contains(tld)) {
      return Optional.empty();
    }
    return registrableDomain(name);
  }

  /** How many of the last labels form the public suffix. */
  private static int suffixLabels(String[] labels) {
    int best = 1; // the default rule "*"
    for (int start = labels.length - 1; start >= 0; start--) {
      String candidate = join(labels, start);
      int count = labels.length - start;
      if (List.EXCEPTIONS.contains(candidate)) {
        return count - 1;
      }
      if (List.RULES.contains(candidate)) {
        best = Math.max(best, count);
      }
      if (start > 0 && List.RULES.contains("*." + candidate)) {
        best = Math.max(best, count + 1);
      }
    }
    return best;
  }

  private static String join(String[] labels, int from) {
    return String.join(".", java.util.Arrays.copyOfRange(labels, from, labels.length));
  }

  /** The list, read once on first use. */
  private static final class List {
    static final Set<String> RULES;
    static final Set<String> EXCEPTIONS;

    static {
      try (InputStream raw = PublicSuffixes.class.getResourceAsStream(LIST)) {
        if (raw == null) {
          throw new IllegalStateException(
              "the public suffix list " + LIST + " is missing from the class path");
        }
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
        RULES = lines(in);
        EXCEPTIONS = lines(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the public suffix list " + LIST, e);
      }
    }

    private static Set<String> lines(DataInputStream in) throws IOException {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      Set<String> out = new HashSet<>();
      for (String rule : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (!rule.isEmpty()) {
          out.add(rule);
        }
      }
      return Set.copyOf(out);
    }
  }
}
