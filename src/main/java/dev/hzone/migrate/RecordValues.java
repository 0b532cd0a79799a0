package dev.hzone.migrate;

import dev.hzone.dns.TxtStrings;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;

/** A dnsjava record's RDATA in Hetzner's presentation syntax (see {@link dev.hzone.dns.RecordValue}). */
final class RecordValues {
  private RecordValues() {}

  static String toValue(Record r) {
    if (r instanceof ARecord a) {
      return a.getAddress().getHostAddress();
    }
    if (r instanceof AAAARecord aaaa) {
      return ipv6(aaaa.getAddress().getAddress());
    }
    if (r instanceof TXTRecord txt) {
      List<byte[]> strings = txt.getStringsAsByteArrays();
      return TxtStrings.format(strings);
    }
    return r.rdataToString();
  }

  /** RFC 5952 text: lower case, leading zeros dropped, the longest run of two or more zero groups as "::". */
  static String ipv6(byte[] b) {
    if (b.length == 4) {
      return "::ffff:" + (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
