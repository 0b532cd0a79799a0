package dev.hzone.api.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A DNS zone in the Cloud API.
 *
 * @param id the zone's id
 * @param name the domain, lower case, no trailing dot, IDNs in Punycode ({@code xn--mnchen-3ya.de})
 * @param created when it was created
 * @param mode primary or secondary
 * @param primaryNameservers where a secondary zone is copied from (empty for primary zones)
 * @param labels labels
 * @param protection whether deleting is forbidden
 * @param ttl the default TTL of RRSets that have none of their own
 * @param status ok, updating or error
 * @param recordCount number of records
 * @param authoritativeNameservers Hetzner's nameservers for the zone, and what the parent delegates
 *     to
 * @param registrar whether the domain is registered at Hetzner
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zones">Zones</a>
 */
public record Zone(
    long id,
    String name,
    Instant created,
    ZoneMode mode,
    List<PrimaryNameserver> primaryNameservers,
    Map<String, String> labels,
    Protection protection,
    int ttl,
    Status status,
    int recordCount,
    AuthoritativeNameservers authoritativeNameservers,
    Registrar registrar) {

  public Zone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    primaryNameservers = primaryNameservers == null ? List.of() : List.copyOf(primaryNameservers);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    protection = protection == null ? new Protection(false) : protection;
    status = status == null ? Status.UNKNOWN : status;
    authoritativeNameservers =
        authoritativeNameservers == null
            ? new AuthoritativeNameservers(List.of(), List.of(), Optional.empty(), Optional.empty())
            : authoritativeNameservers;
    registrar = registrar == null ? Registrar.UNKNOWN : registrar;
  }

  /**
   * Hetzner's nameservers for the zone ({@code authoritative_nameservers.assigned}), with the final
   * dot.
   */
  public List<String> assignedNameservers() {
    return authoritativeNameservers.assigned();
  }

  /** True when the zone may not be deleted. */
  public boolean deleteProtected() {
    return protection.delete();
  }

  /**
   * A zone's protection.
   *
   * @param delete deleting is forbidden
   */
  public record Protection(boolean delete) {}

  /** The zone's state at Hetzner. */
  public enum Status implements ApiEnum {
    OK,
    UPDATING,
    ERROR,
    /** A status this version does not know. */
    UNKNOWN;

    @Override
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where the domain is registered. */
  public enum Registrar implements ApiEnum {
    HETZNER,
    OTHER,
    UNKNOWN;

    @Override
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Nameservers of the zone.
   *
   * @param assigned Hetzner's nameservers for the zone
   * @param delegated the nameservers the parent zone delegates to, as last checked
   * @param delegationLastCheck when the delegation was last checked, if ever
   * @param delegationStatus the result of that check, if given
   */
  public record AuthoritativeNameservers(
      List<String> assigned,
      List<String> delegated,
      Optional<Instant> delegationLastCheck,
      Optional<DelegationStatus> delegationStatus) {

    /**
     * The nameservers Hetzner assigns to new zones today (dns.md §8), only for where no zone exists
     * yet to ask, such as a migration converted before its zone is created. A zone's own {@link
     * #assigned} is the truth: the API assigns them per zone.
     */
    public static final List<String> HETZNER_DEFAULTS =
        List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de.");

    public AuthoritativeNameservers {
      assigned = assigned == null ? List.of() : List.copyOf(assigned);
      delegated = delegated == null ? List.of() : List.copyOf(delegated);
      delegationLastCheck = delegationLastCheck == null ? Optional.empty() : delegationLastCheck;
      delegationStatus = delegationStatus == null ? Optional.empty() : delegationStatus;
    }
  }

  /** Whether the parent zone delegates to the assigned nameservers. */
  public enum DelegationStatus implements ApiEnum {
    VALID,
    PARTIALLY_VALID,
    INVALID,
    LAME,
    UNREGISTERED,
    UNKNOWN;

    @Override
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
