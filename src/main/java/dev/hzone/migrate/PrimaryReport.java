package dev.hzone.migrate;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What {@link PrimaryProbe} found out about one primary nameserver.
 *
 * @param server the primary that was asked
 * @param zone the zone, without trailing dot
 * @param keyName the TSIG key's name, or empty when none was used (never the secret)
 * @param udp the SOA query over UDP
 * @param tcp the SOA query over TCP
 * @param transfer the AXFR
 * @param tsig the TSIG verdict, taken from the transfer, else from the SOA queries
 */
public record PrimaryReport(
    ServerAddress server,
    String zone,
    String keyName,
    SoaCheck udp,
    SoaCheck tcp,
    TransferCheck transfer,
    TsigVerdict tsig) {

  public PrimaryReport {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(udp, "udp");
    Objects.requireNonNull(tcp, "tcp");
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(tsig, "tsig");
  }

  /** Whether the server answered at all, over UDP or TCP. */
  public boolean reachable() {
    return udp.answered() || tcp.answered();
  }

  /** The zone's serial, from the transfer or else from an SOA answer. */
  public OptionalLong serial() {
    if (transfer.serial().isPresent()) {
      return transfer.serial();
    }
    return udp.serial().isPresent() ? udp.serial() : tcp.serial();
  }

  /** How many records the transfer carried, if it completed. */
  public OptionalInt recordCount() {
    return transfer.recordCount();
  }

  /**
   * Whether everything a Hetzner secondary needs works: SOA over both transports and a (valid)
   * transfer.
   */
  public boolean healthy() {
    return udp.serial().isPresent()
        && tcp.serial().isPresent()
        && transfer.outcome() == TransferCheck.Outcome.COMPLETE
        && (keyName.isEmpty() ? tsig == TsigVerdict.UNSIGNED : tsig == TsigVerdict.VALID);
  }

  /**
   * The SOA question over one transport.
   *
   * @param outcome whether an answer came
   * @param rcode the response code's name, or the outcome in lower case when none came
   * @param serial the serial, when the answer held the zone's SOA
   * @param authoritative whether the answer had the AA flag
   * @param tsig the TSIG verdict on this exchange
   * @param millis how long it took
   * @param detail what the network said on failure, else empty
   */
  public record SoaCheck(
      QueryResult.Outcome outcome,
      String rcode,
      OptionalLong serial,
      boolean authoritative,
      TsigVerdict tsig,
      long millis,
      String detail) {

    public SoaCheck {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(rcode, "rcode");
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(tsig, "tsig");
      Objects.requireNonNull(detail, "detail");
    }

    public boolean answered() {
      return outcome == QueryResult.Outcome.ANSWERED;
    }
  }

  /**
   * The AXFR.
   *
   * @param outcome how it ended
   * @param recordCount records transferred (the closing SOA not counted), when complete
   * @param serial the serial of the transferred SOA, when complete
   * @param detail the failure in words, else empty
   */
  public record TransferCheck(
      Outcome outcome, OptionalInt recordCount, OptionalLong serial, String detail) {
    /** How a transfer attempt ended. */
    public enum Outcome {
      COMPLETE,
      REFUSED,
      TSIG_FAILED,
      NOT_SERVED,
      UNREACHABLE,
      FAILED,
      /** Not tried, because the server did not answer over TCP. */
      SKIPPED
    }

    public TransferCheck {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(recordCount, "recordCount");
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
