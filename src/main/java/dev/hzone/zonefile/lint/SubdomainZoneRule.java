package dev.hzone.zonefile.lint;

import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The zone is a registrable domain: the API does not host subdomains ({@code sub.example.com}) or
 * public suffixes ({@code co.uk}) as zones (dns.md 7.1). Which names are registrable comes from a
 * public suffix list that the caller supplies.
 */
public final class SubdomainZoneRule implements LintRule {
  private final Function<String, Optional<String>> registrableDomain;

  /**
   * @param registrableDomain a name's registrable domain, empty when the name is a public suffix
   */
  public SubdomainZoneRule(Function<String, Optional<String>> registrableDomain) {
    this.registrableDomain = Objects.requireNonNull(registrableDomain, "registrableDomain");
  }

  @Override
  public String id() {
    return "subdomain-zone";
  }

  @Override
  public String description() {
    return "the zone is a registrable domain, not a subdomain or a public suffix";
  }

  @Override
  public List<Finding> check(ParsedZone zone) {
    String name = zone.zone().name();
    SourcePosition at = SourcePosition.wholeFile(zone.sourceName());
    if (name.isEmpty()) {
      return List.of(Finding.error(at, id(), "the root zone cannot be a Hetzner zone"));
    }
    Optional<String> registrable = registrableDomain.apply(name);
    if (registrable.isEmpty()) {
      return List.of(
          Finding.error(
              at,
              id(),
              name
                  + " is not a domain that can be a zone (a public suffix, or a "
                  + "name under no known top-level domain); if the file's name is not the zone's, put '$ORIGIN "
                  + "example.com.' at the top of the file or pass --origin"));
    }
    if (!registrable.get().equals(name)) {
      return List.of(
          Finding.error(
              at,
              id(),
              name
                  + " is a subdomain of "
                  + registrable.get()
                  + ": the API hosts only registrable domains as zones; put these records in the zone "
                  + registrable.get()));
    }
    return List.of();
  }
}
