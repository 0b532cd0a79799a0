package dev.hzone.sync.remote;

/** How a zone's records were read from the API; decides what a plan can know about them. */
public enum ReadMethod {
  /**
   * One {@code GET /zones/{zone}/zonefile}: one request for the whole zone, with values, TTLs and
   * comments, but no labels or protection, and a TTL on every line, so inherited and explicit TTLs
   * look alike (see {@link RemoteZone#exactTtls()}).
   */
  ZONEFILE,
  /**
   * {@code GET /zones/{zone}/rrsets}, 100 per page: everything, labels, protection and exact TTLs
   * included.
   */
  RRSET_LIST,
  /**
   * No request: the zone as an earlier run read it, kept in the read cache, because every
   * nameserver of the zone still serves the SOA serial of that read (TTLs as in a zone-file
   * export).
   */
  CACHED,
  /** Nothing was read: the zone is secondary (no records to read) or does not exist. */
  NONE;

  /** Whether labels and change protection were read. */
  public boolean readsLabelsAndProtection() {
    return this == RRSET_LIST;
  }

  /** The lower-case name used in plan documents. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
