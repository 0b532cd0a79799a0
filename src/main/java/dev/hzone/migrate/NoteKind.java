package dev.hzone.migrate;

/** What a migration note is about, and whether records were dropped because of it. */
public enum NoteKind {
  /**
   * DNSSEC records (RRSIG, NSEC, NSEC3, NSEC3PARAM, DNSKEY, CDS, CDNSKEY): Hetzner does not sign
   * zones.
   */
  DNSSEC_DROPPED(true),
  /** A record type the Hetzner API does not accept. */
  UNSUPPORTED_TYPE_DROPPED(true),
  /** A record whose owner lies outside the zone. */
  OUT_OF_ZONE_DROPPED(true),
  /** A record of a class other than IN. */
  CLASS_DROPPED(true),
  /** A CNAME at a name that has other data (or at the apex), which no DNS server may serve. */
  CNAME_CONFLICT_DROPPED(true),
  /** A Route 53 ALIAS whose target is outside the zone, so its addresses are not known offline. */
  ALIAS_DROPPED(true),
  /** The SECONDARY half of a Route 53 failover pair. */
  FAILOVER_SECONDARY_DROPPED(true),
  /** The old apex NS records, replaced by Hetzner's nameservers. */
  APEX_NS_REPLACED(false),
  /** The SOA's primary nameserver replaced by Hetzner's; serial managed by Hetzner; timers kept. */
  SOA_ADJUSTED(false),
  /** Records of one RRSet had different TTLs; the lowest was taken. */
  TTL_MERGED(false),
  /** A TTL below the API's minimum of 60 s was raised to 60. */
  TTL_RAISED(false),
  /** Cloudflare's "automatic" TTL (written as 1) became 300 s, what Cloudflare serves for it. */
  AUTO_TTL(false),
  /** Identical records given twice became one. */
  DUPLICATE_MERGED(false),
  /**
   * A record Cloudflare proxied: at Hetzner it will point resolvers straight at the origin address.
   */
  PROXIED_RECORD(false),
  /** Route 53 routing policy records (weighted, latency, geo ...) merged into one plain RRSet. */
  ROUTING_POLICY_MERGED(false),
  /** A Route 53 ALIAS to a name in the same zone, replaced by copies of the target's records. */
  ALIAS_RESOLVED(false),
  /** A name that looks like a forgotten trailing dot or a doubled zone name. */
  SUSPICIOUS_NAME(false),
  /** An owner or target with the zone name twice, fixed. */
  DOUBLED_ORIGIN_FIXED(false),
  /** The default TTL was chosen because the source gave none. */
  DEFAULT_TTL_CHOSEN(false);

  private final boolean drops;

  NoteKind(boolean drops) {
    this.drops = drops;
  }

  /** Whether notes of this kind stand for records that are not migrated. */
  public boolean drops() {
    return drops;
  }
}
