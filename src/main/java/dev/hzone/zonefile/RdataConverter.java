package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.TxtStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the RDATA tokens of one record into a value in Hetzner's syntax (dns.md 7.4): names
 * absolute with a trailing dot, TXT as quoted strings with their boundaries kept, IPv6 in its short
 * form. The common types are converted straight from the file's bytes; the rest, and anything in
 * RFC 3597's {@code \#} form, go through dnsjava ({@link DnsjavaRdata}), which also checks them.
 * Both paths give the same text for the same record (a test holds them to it).
 */
final class RdataConverter {
  private final NameReader names;
  private final DnsjavaRdata slow = new DnsjavaRdata();
  private final SvcbRdata svcb;
  private final ValueBuilder v;

  RdataConverter(NameReader names) {
    this.names = names;
    this.svcb = new SvcbRdata(names);
    this.v = new ValueBuilder(names);
  }

  /** The value of a record of {@code type} whose RDATA are tokens {@code from..} of {@code e}. */
  String convert(RecordType type, Entry e, int from, Origin origin) {
    int n = e.count - from;
    if (n == 0) {
      throw new ParseProblem(type + " record has no data");
    }
    if (isGeneric(e, from)) {
      return slow.convert(type, e, from, origin);
    }
    switch (type) {
      case A:
        return a(e, from, n);
      case AAAA:
        expect(type, n, 1, "an IPv6 address");
        return v.start().ipv6(e, from).build();
      case CNAME:
      case NS:
      case PTR:
        expect(type, n, 1, "a domain name");
        return v.start().name(e, from, origin).build();
      case MX:
        expect(type, n, 2, "preference and mail server");
        return v.start()
            .num(Rdata.number(e, from, 65535, "MX preference"))
            .ch(' ')
            .name(e, from + 1, origin)
            .build();
      case SRV:
        expect(type, n, 4, "priority, weight, port and target");
        return v.start()
            .num(Rdata.number(e, from, 65535, "SRV priority"))
            .ch(' ')
            .num(Rdata.number(e, from + 1, 65535, "SRV weight"))
            .ch(' ')
            .num(Rdata.number(e, from + 2, 65535, "SRV port"))
            .ch(' ')
            .name(e, from + 3, origin)
            .build();
      case TXT:
        return txt(e, from);
      case HINFO:
        expect(type, n, 2, "CPU and OS strings");
        return TxtStrings.format(List.of(string(e, from), string(e, from + 1)));
      case CAA:
        return caa(e, from, n);
      case DS:
        return ds(e, from, n);
      case TLSA:
        return tlsa(e, from, n);
      case SVCB:
      case HTTPS:
        return svcb.convert(type.code(), e, from, origin);
      default:
        return slow.convert(type, e, from, origin);
    }
  }

  /**
   * RFC 3597 data: {@code \#} and a length. A {@code \#} followed by anything else is ordinary
   * text, as BIND reads {@code TXT \# text}.
   */
  private static boolean isGeneric(Entry e, int from) {
    if (e.quoted[from] || !e.is(from, "\\#") || from + 1 >= e.count || e.quoted[from + 1]) {
      return false;
    }
    for (int k = e.start[from + 1]; k < e.end[from + 1]; k++) {
      if (e.data[k] < '0' || e.data[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private static void expect(RecordType type, int n, int want, String what) {
    if (n != want) {
      throw new ParseProblem(
          type
              + " record needs "
              + what
              + " ("
              + want
              + (want == 1 ? " field" : " fields")
              + "), found "
              + n);
    }
  }

  private static String a(Entry e, int i, int n) {
    expect(RecordType.A, n, 1, "an IPv4 address");
    if (e.quoted[i] || e.escaped[i] || !Addresses.isDottedQuad(e.data, e.start[i], e.end[i])) {
      throw new ParseProblem(
          "bad IPv4 address '" + e.utf8(i) + "' (four numbers 0-255 without leading zeros)");
    }
    return e.text(i);
  }

  private static String txt(Entry e, int from) {
    if (from == e.count - 1
        && e.quoted[from]
        && !e.escaped[from]
        && !e.nonAscii[from]
        && e.length(from) <= TxtStrings.MAX_STRING_BYTES
        && printable(e.data, e.start[from], e.end[from])) {
      // One plain quoted string, by far the most common TXT: the file's text is already the value.
      return new String(
          e.data,
          e.rawStart[from],
          e.rawEnd[from] - e.rawStart[from],
          java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(e.rawEnd[e.count - 1] - e.rawStart[from] + 8);
    int wire = 0;
    for (int i = from; i < e.count; i++) {
      if (i > from) {
        sb.append(' ');
      }
      if (!e.escaped[i] && !e.nonAscii[i] && printable(e.data, e.start[i], e.end[i])) {
        if (e.length(i) > TxtStrings.MAX_STRING_BYTES) {
          throw tooLong(e.length(i));
        }
        wire += 1 + e.length(i);
        sb.append('"').append(e.text(i)).append('"');
      } else {
        byte[] s = string(e, i);
        wire += 1 + s.length;
        sb.append(TxtStrings.format(List.of(s)));
      }
    }
    checkSize(wire);
    return sb.toString();
  }

  /** RDATA are at most 65535 bytes on the wire. */
  private static void checkSize(int wire) {
    if (wire > 65535) {
      throw new ParseProblem(
          "record data of " + wire + " bytes is larger than 65535, the most a record can hold");
    }
  }

  /**
   * DS (RFC 4034): key tag, algorithm, digest type, digest; the digest's length checked as BIND
   * does.
   */
  private static String ds(Entry e, int from, int n) {
    if (n < 4) {
      throw new ParseProblem("DS record needs key tag, algorithm, digest type and digest");
    }
    long tag = Rdata.number(e, from, 65535, "DS key tag");
    int alg =
        mnemonic(
            e, from + 1, "DS algorithm", org.xbill.DNS.DNSSEC.Algorithm.value(e.text(from + 1)));
    int digestType = mnemonic(e, from + 2, "DS digest type", digestType(e.text(from + 2)));
    StringBuilder hex = new StringBuilder();
    for (int i = from + 3; i < e.count; i++) {
      for (int k = e.start[i]; k < e.end[i]; k++) {
        int c = e.data[k] | 0x20;
        if (e.quoted[i] || !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
          throw new ParseProblem("bad DS digest '" + e.utf8(i) + "': hexadecimal digits only");
        }
        hex.append((char) c);
      }
    }
    int want = digestType == 1 ? 20 : digestType == 2 ? 32 : digestType == 4 ? 48 : -1;
    if (hex.length() % 2 != 0 || (want > 0 && hex.length() != want * 2)) {
      throw new ParseProblem(
          "DS digest of type "
              + digestType
              + " has "
              + hex.length() / 2.0
              + " bytes"
              + (want > 0 ? ", expected " + want : ", expected whole bytes"));
    }
    return tag + " " + alg + " " + digestType + " " + hex;
  }

  /** TLSA (RFC 6698): usage, selector, matching type, association data in hex. */
  private String tlsa(Entry e, int from, int n) {
    if (n < 4) {
      throw new ParseProblem("TLSA record needs usage, selector, matching type and data");
    }
    v.start()
        .num(Rdata.number(e, from, 255, "TLSA usage"))
        .ch(' ')
        .num(Rdata.number(e, from + 1, 255, "TLSA selector"))
        .ch(' ')
        .num(Rdata.number(e, from + 2, 255, "TLSA matching type"))
        .ch(' ');
    int digits = 0;
    for (int i = from + 3; i < e.count; i++) {
      for (int k = e.start[i]; k < e.end[i]; k++) {
        int c = e.data[k] | 0x20;
        if (e.quoted[i] || !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
          throw new ParseProblem("bad TLSA data '" + e.utf8(i) + "': hexadecimal digits only");
        }
        v.ch((char) c);
        digits++;
      }
    }
    if (digits % 2 != 0) {
      throw new ParseProblem("TLSA data has an odd number of hexadecimal digits");
    }
    return v.build();
  }

  private static int mnemonic(Entry e, int i, String what, int fromName) {
    if (e.length(i) > 0 && e.data[e.start[i]] >= '0' && e.data[e.start[i]] <= '9') {
      return (int) Rdata.number(e, i, 255, what);
    }
    if (fromName < 0) {
      throw new ParseProblem("bad " + what + " '" + e.utf8(i) + "'");
    }
    return fromName;
  }

  private static int digestType(String s) {
    switch (s.toUpperCase(java.util.Locale.ROOT)) {
      case "SHA-1":
        return 1;
      case "SHA-256":
        return 2;
      case "GOST":
        return 3;
      case "SHA-384":
        return 4;
      default:
        return -1;
    }
  }

  /** A character-string of at most 255 bytes. */
  private static byte[] string(Entry e, int i) {
    byte[] b = Rdata.bytes(e, i);
    if (b.length > TxtStrings.MAX_STRING_BYTES) {
      throw tooLong(b.length);
    }
    return b;
  }

  private static ParseProblem tooLong(int n) {
    return new ParseProblem(
        "a character-string holds at most 255 bytes, this one "
            + n
            + ": split it into several quoted strings (\"...\" \"...\")");
  }

  private static boolean printable(byte[] b, int s, int t) {
    for (int k = s; k < t; k++) {
      if (b[k] < 0x20 || b[k] == 0x7f || b[k] == '"' || b[k] == '\\') {
        return false;
      }
    }
    return true;
  }

  private static String caa(Entry e, int from, int n) {
    expect(RecordType.CAA, n, 3, "flags, tag and value");
    long flags = Rdata.number(e, from, 255, "CAA flags");
    if (e.quoted[from + 1]
        || e.escaped[from + 1]
        || e.length(from + 1) == 0
        || e.length(from + 1) > 255) {
      throw new ParseProblem("bad CAA tag '" + e.utf8(from + 1) + "'");
    }
    for (int k = e.start[from + 1]; k < e.end[from + 1]; k++) {
      byte c = e.data[k];
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        throw new ParseProblem("bad CAA tag '" + e.utf8(from + 1) + "': letters and digits only");
      }
    }
    List<byte[]> value = new ArrayList<>(1);
    value.add(Rdata.bytes(e, from + 2));
    checkSize(2 + e.length(from + 1) + value.get(0).length);
    return flags + " " + e.text(from + 1) + " " + TxtStrings.format(value);
  }
}
