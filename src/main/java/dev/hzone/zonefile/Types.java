package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Type;

/** Recognises the class and type fields of a record line. */
final class Types {
  private static final RecordType[] ALL = RecordType.values();

  private Types() {}

  /** The API type named by token {@code i} ({@code MX}, {@code mx}, {@code TYPE15}), or null. */
  static RecordType supported(Entry e, int i) {
    if (e.quoted[i]) {
      return null;
    }
    for (RecordType t : ALL) {
      if (e.is(i, t.name())) {
        return t;
      }
    }
    int code = typeCode(e, i);
    return code < 0 ? null : RecordType.fromCode(code).orElse(null);
  }

  /** dnsjava's number for the type named by token {@code i}, or -1 if it names no type. */
  static int typeCode(Entry e, int i) {
    return e.quoted[i] ? -1 : Type.value(e.text(i));
  }

  /** Whether token {@code i} names a DNS class ({@code IN}, {@code CH}, {@code CLASS1}...). */
  static boolean isClass(Entry e, int i) {
    return !e.quoted[i] && (e.is(i, "IN") || DClass.value(e.text(i)) >= 0);
  }

  /** Whether token {@code i} names class IN. */
  static boolean isIn(Entry e, int i) {
    return e.is(i, "IN") || DClass.value(e.text(i)) == DClass.IN;
  }

  /**
   * Types that cannot be stored in a zone: 0, OPT, and the whole range 128 to 255 that RFC 6895
   * (section 3.1) keeps for query and meta types (TKEY, TSIG, IXFR, AXFR, ANY, and unassigned ones
   * written as TYPE200, which BIND refuses as "invalid use of a meta type").
   */
  static boolean isMeta(int code) {
    return code == 0 || (code >= 128 && code <= 255) || !Type.isRR(code);
  }
}
