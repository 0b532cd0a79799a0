package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.TxtStrings;
import java.io.IOException;
import java.util.HexFormat;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.TXTRecord;

/**
 * The slow, general path: RDATA parsed and checked by dnsjava's {@link Record#fromString}, then
 * printed in Hetzner's syntax. Used for SOA, TLSA and RP, and for RFC 3597 {@code \#} data of any
 * type.
 */
final class DnsjavaRdata {
  /** Which RDATA fields hold domain names, as a bit set by field index (for IDN conversion). */
  private static long nameFields(RecordType type) {
    switch (type) {
      case SOA:
      case RP:
        return 0b11;
      case SVCB:
      case HTTPS:
      case MX:
        return 0b10;
      case CNAME:
      case NS:
      case PTR:
        return 0b1;
      case SRV:
        return 0b1000;
      default:
        return 0;
    }
  }

  String convert(RecordType type, Entry e, int from, Origin origin) {
    return format(type, parse(type.code(), e, from, origin, nameFields(type)));
  }

  private static Record parse(int typeCode, Entry e, int from, Origin origin, long names) {
    String text = Rdata.rawText(e, from, names);
    try {
      return Record.fromString(Name.root, typeCode, DClass.IN, 0, text, origin.name());
    } catch (IOException | RuntimeException ex) {
      String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
      // dnsjava prefixes "<none>:1: " for text it was given as a string.
      msg = msg.replaceFirst("^<none>:\\d+: ", "");
      throw new ParseProblem("bad RDATA '" + text + "': " + msg);
    }
  }

  /** The value of a dnsjava record in Hetzner's syntax. */
  static String format(RecordType type, Record r) {
    switch (type) {
      case A:
        return ((ARecord) r).getAddress().getHostAddress();
      case AAAA:
        return Addresses.ipv6(((AAAARecord) r).getAddress().getAddress());
      case CNAME:
      case NS:
      case PTR:
        return r.rdataToString();
      case MX:
        MXRecord mx = (MXRecord) r;
        return mx.getPriority() + " " + mx.getTarget();
      case SRV:
        SRVRecord srv = (SRVRecord) r;
        return srv.getPriority()
            + " "
            + srv.getWeight()
            + " "
            + srv.getPort()
            + " "
            + srv.getTarget();
      case TXT:
        return TxtStrings.format(((TXTRecord) r).getStringsAsByteArrays());
      case HINFO:
        return TxtStrings.format(TxtStrings.parse(r.rdataToString()));
      case CAA:
        return caa(r.rdataToString());
      case DS:
        DSRecord ds = (DSRecord) r;
        return ds.getFootprint()
            + " "
            + ds.getAlgorithm()
            + " "
            + ds.getDigestID()
            + " "
            + HexFormat.of().formatHex(ds.getDigest());
      case TLSA:
        TLSARecord tlsa = (TLSARecord) r;
        return tlsa.getCertificateUsage()
            + " "
            + tlsa.getSelector()
            + " "
            + tlsa.getMatchingType()
            + " "
            + HexFormat.of().formatHex(tlsa.getCertificateAssociationData());
      case SVCB:
      case HTTPS:
        return SvcbWire.format(r.rdataToWireCanonical());
      default:
        return r.rdataToString();
    }
  }

  /** CAA as {@code flags tag "value"}, the value re-escaped like TXT (UTF-8 kept). */
  private static String caa(String text) {
    String[] parts = text.split(" ", 3);
    return parts[0] + " " + parts[1] + " " + TxtStrings.format(TxtStrings.parse(parts[2]));
  }
}
