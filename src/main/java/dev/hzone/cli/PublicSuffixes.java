package dev.hzone.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import okhttp3.HttpUrl;

/**
 * The registrable domain of a name, from the public suffix list that OkHttp embeds (so no file or network
 * is needed): {@code www.example.co.uk} gives {@code example.co.uk}; a public suffix itself gives nothing, and
 * so does a name under no top-level domain of the list ({@code zone.txt}, as a file name read as a zone
 * would be): OkHttp's default rule would take any last label for a top-level domain.
 */
final class PublicSuffixes {
  private PublicSuffixes() {}

  /** The special-use top-level domains of RFC 2606 and RFC 6761, kept for tests and documentation. */
  private static final Set<String> RESERVED = Set.of("test", "example", "invalid", "localhost");

  /** OkHttp's copy of the list: a 4-byte length, then the rules, sorted, one a line. */
  private static final String LIST = "/okhttp3/internal/publicsuffix/publicsuffixes.gz";

  static Optional<String> registrableDomain(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    // The list spells internationalised top-level domains in Unicode.
    String tld = java.net.IDN.toUnicode(n.substring(n.lastIndexOf('.') + 1), java.net.IDN.ALLOW_UNASSIGNED)
        .toLowerCase(Locale.ROOT);
    if (!RESERVED.contains(tld) && !TopLevel.DOMAINS.contains(tld)) {
      return Optional.empty();
    }
    HttpUrl url = HttpUrl.parse("https://" + name + "/");
    return url == null ? Optional.empty() : Optional.ofNullable(url.topPrivateDomain());
  }

  /** The list's top-level domains, read once on first use (an immutable set). */
  private static final class TopLevel {
    static final Set<String> DOMAINS = read();

    private static Set<String> read() {
      try (InputStream raw = PublicSuffixes.class.getResourceAsStream(LIST)) {
        if (raw == null) {
          throw new IllegalStateException("the public suffix list " + LIST + " is missing from the class path");
        }
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
        byte[] rules = new byte[in.readInt()];
        in.readFully(rules);
        Set<String> tlds = new HashSet<>();
        for (String rule : new String(rules, StandardCharsets.UTF_8).split("\n")) {
          if (!rule.contains(".")) {
            tlds.add(rule);
          }
        }
        return Set.copyOf(tlds);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the public suffix list " + LIST, e);
      }
    }
  }
}
