package dev.hzone.dns;

import java.io.IOException;
import java.util.HexFormat;
import java.util.Locale;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * The canonical form of a record value, for deciding whether two values are the same record: TXT by
 * the bytes of its joined strings, domain names case-insensitively, addresses by their binary form.
 * Two values are the same record exactly when their canonical forms are equal.
 */
public final class ValueCanonicalizer {
  private ValueCanonicalizer() {}

  /**
   * The canonical form of {@code value}, an absolute presentation-form value of type {@code type}.
   * A value that does not parse is compared as its trimmed, lower-cased text, so that it still
   * compares equal to itself and a later validation can report it.
   */
  public static String canonical(RecordType type, String value) {
    try {
      if (type == RecordType.TXT) {
        return "txt:" + HexFormat.of().formatHex(TxtStrings.content(value));
      }
      Record r = Record.fromString(Name.root, type.code(), DClass.IN, 0, value, Name.root);
      if (type == RecordType.SOA) {
        // The serial is Hetzner's to manage: never part of a value's identity.
        org.xbill.DNS.SOARecord soa = (org.xbill.DNS.SOARecord) r;
        r =
            new org.xbill.DNS.SOARecord(
                Name.root,
                DClass.IN,
                0,
                soa.getHost(),
                soa.getAdmin(),
                0,
                soa.getRefresh(),
                soa.getRetry(),
                soa.getExpire(),
                soa.getMinimum());
      }
      return HexFormat.of().formatHex(r.rdataToWireCanonical());
    } catch (IOException | RuntimeException e) {
      return "text:" + value.trim().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The canonical form of {@code value} of an RRSet of a type hzone does not know ({@link
   * OpaqueRrset}), given by its type number: its wire form where dnsjava can read it (RFC 3597's
   * generic {@code \# LENGTH HEX} always, a presentation form where dnsjava knows the type), else
   * its trimmed text with runs of blanks made one.
   */
  public static String canonicalOpaque(int typeCode, String value) {
    if (typeCode > 0) {
      try {
        Record r = Record.fromString(Name.root, typeCode, DClass.IN, 0, value, Name.root);
        return HexFormat.of().formatHex(r.rdataToWireCanonical());
      } catch (IOException | RuntimeException e) {
        // not readable: compared as text below
      }
    }
    return "text:" + value.trim().replaceAll("\\s+", " ");
  }

  /** Whether two values of one type are the same record. */
  public static boolean same(RecordType type, String a, String b) {
    return a.equals(b) || canonical(type, a).equals(canonical(type, b));
  }
}
