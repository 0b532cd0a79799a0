package dev.hzone.zonefile.lint;

import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The registrable domain of a name, from the full public suffix list that OkHttp embeds (so no file or
 * network is needed): {@code www.example.co.uk} gives {@code example.co.uk}; a public suffix itself gives
 * nothing. The one home of this list: the lint, the CLI and the emulator's zone-name check all ask here.
 */
public final class PublicSuffixes {
  private PublicSuffixes() {}

  /** The registrable domain of {@code name} (lower case, no trailing dot), empty for a public suffix. */
  public static Optional<String> registrableDomain(String name) {
    HttpUrl url = HttpUrl.parse("https://" + name + "/");
    return url == null ? Optional.empty() : Optional.ofNullable(url.topPrivateDomain());
  }
}
