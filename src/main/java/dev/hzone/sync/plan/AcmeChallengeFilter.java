package dev.hzone.sync.plan;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;

/**
 * Remote {@code _acme-challenge} TXT RRSets that the zone file does not name are left alone, so
 * that a sync never breaks a certificate renewal in progress (octoDNS's {@code
 * AcmeManagingProcessor}). One that the file names is owned by the file like any other RRSet.
 */
public final class AcmeChallengeFilter implements ZoneFilter {
  /** The label of DNS-01 challenges (RFC 8555 §8.4). */
  public static final String LABEL = "_acme-challenge";

  @Override
  public String id() {
    return "acme-challenge";
  }

  /** Whether an RRSet is an ACME DNS-01 challenge: TXT at {@code _acme-challenge[.name]}. */
  public static boolean isChallenge(Rrset r) {
    return r.type() == RecordType.TXT
        && (r.name().equals(LABEL) || r.name().startsWith(LABEL + "."));
  }

  @Override
  public ZonePair apply(ZonePair pair) {
    ZonePair.Builder b = null;
    for (Rrset r : pair.remote().rrsets().values()) {
      if (isChallenge(r)
          && !pair.desired().rrsets().containsKey(r.key())
          && !pair.foreign().contains(r.key())) {
        if (b == null) {
          b = pair.edit();
        }
        b.keepRemote(r, "ACME challenge not in the zone file");
      }
    }
    return b == null ? pair : b.build();
  }
}
