package dev.hzone.axfr;

import java.util.List;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;

/**
 * A completed zone transfer.
 *
 * @param records the zone's records as sent, the SOA first; the closing SOA is not repeated
 * @param messages how many DNS messages the stream had
 * @param bytes the size of those messages on the wire
 * @param signed whether the stream was TSIG-verified
 */
public record AxfrResult(List<Record> records, int messages, long bytes, boolean signed) {
  public AxfrResult {
    records = List.copyOf(records);
  }

  /** The zone's SOA, the first record. */
  public SOARecord soa() {
    return (SOARecord) records.get(0);
  }
}
