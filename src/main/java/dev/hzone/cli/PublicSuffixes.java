package dev.hzone.cli;

import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The registrable domain of a name, from the public suffix list that OkHttp embeds (so no file or network
 * is needed): {@code www.example.co.uk} gives {@code example.co.uk}; a public suffix itself gives nothing.
 */
final class PublicSuffixes {
  private PublicSuffixes() {}

  static Optional<String> registrableDomain(String name) {
    HttpUrl url = HttpUrl.parse("https://" + name + "/");
    return url == null ? Optional.empty() : Optional.ofNullable(url.topPrivateDomain());
  }
}
