package dev.hzone.dns;

import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Type;

/**
 * A record type that the Hetzner Cloud DNS API accepts. Past a parser, a type is never a string or
 * an int.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#zone-rrsets">RRSets in the Cloud API</a>
 */
public enum RecordType {
  A(Type.A),
  AAAA(Type.AAAA),
  CAA(Type.CAA),
  CNAME(Type.CNAME),
  DS(Type.DS),
  HINFO(Type.HINFO),
  HTTPS(Type.HTTPS),
  MX(Type.MX),
  NS(Type.NS),
  PTR(Type.PTR),
  RP(Type.RP),
  SOA(Type.SOA),
  SRV(Type.SRV),
  SVCB(Type.SVCB),
  TLSA(Type.TLSA),
  TXT(Type.TXT);

  private final int code;

  RecordType(int code) {
    this.code = code;
  }

  /** The type's number on the wire (dnsjava's {@link Type} constant). */
  public int code() {
    return code;
  }

  /** False for CNAME: no other data may stand at a name that has one (RFC 1034 §3.6.2). */
  public boolean allowsOtherTypesAtName() {
    return this != CNAME;
  }

  /** True where at most one record may be in the RRSet (CNAME, SOA). */
  public boolean isSingleton() {
    return this == CNAME || this == SOA;
  }

  /** The type named by {@code text} (any case), if the API supports it. */
  public static Optional<RecordType> fromText(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (RecordType t : values()) {
      if (t.name().equals(upper)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The type with the wire number {@code code}, if the API supports it. */
  public static Optional<RecordType> fromCode(int code) {
    for (RecordType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
