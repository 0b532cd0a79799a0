package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;
import org.xbill.DNS.Record;

/**
 * The value of a dnsjava {@link Record} in Hetzner's syntax, exactly as {@link ZoneFileReader}
 * writes values read from a file: for records that arrive on the wire (a zone transfer, a DNS
 * answer) rather than as text.
 */
public final class RecordValueFormatter {
  private RecordValueFormatter() {}

  /**
   * Formats {@code record}'s RDATA.
   *
   * @throws IllegalArgumentException when the API does not accept the record's type
   */
  public static String format(Record record) {
    RecordType type =
        RecordType.fromCode(record.getType())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "type "
                            + org.xbill.DNS.Type.string(record.getType())
                            + " is not one the Hetzner API accepts"));
    return DnsjavaRdata.format(type, record);
  }
}
