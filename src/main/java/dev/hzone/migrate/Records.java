package dev.hzone.migrate;

import java.io.IOException;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * Small copies of dnsjava records with one field changed (dnsjava keeps {@code setTTL} to itself).
 */
final class Records {
  private Records() {}

  static Record withTtl(Record r, long ttl) {
    return rebuild(r, r.getName(), ttl, r.rdataToString());
  }

  static Record withRdata(Record r, String rdata) {
    return rebuild(r, r.getName(), r.getTTL(), rdata);
  }

  private static Record rebuild(Record r, Name name, long ttl, String rdata) {
    try {
      return Record.fromString(name, r.getType(), r.getDClass(), ttl, rdata, Name.root);
    } catch (IOException e) {
      throw new IllegalStateException(
          "dnsjava could not read back its own text '" + rdata + "'", e);
    }
  }
}
