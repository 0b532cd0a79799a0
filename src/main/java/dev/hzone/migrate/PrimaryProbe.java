package dev.hzone.migrate;

import dev.hzone.tsig.TsigKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Checks a primary nameserver the way a Hetzner secondary zone will use it: asks for the zone's SOA
 * over UDP and over TCP, then for an AXFR signed with the zone's TSIG key, and reports
 * reachability, serial, TSIG verdict and record count. Used by {@code hzone zone check-primaries}.
 *
 * <p>Every step has its own timeout and the transfer is skipped when TCP got no answer, so an
 * unreachable primary is reported within two timeouts (6 s with the default of 3 s).
 *
 * <pre>{@code
 * PrimaryProbe probe = new PrimaryProbe(PrimaryProbe.DEFAULT_STEP_TIMEOUT, Clock.systemUTC());
 * PrimaryReport r = probe.probe(ServerAddress.parse("198.51.100.7"), "example.com", Optional.of(key));
 * r.reachable(); r.serial(); r.tsig(); r.recordCount();
 * }</pre>
 */
public final class PrimaryProbe {
  /** The default time allowed for each of the three steps. */
  public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(3);

  private final Duration stepTimeout;
  private final Clock clock;

  /**
   * @param stepTimeout the time allowed for each step (UDP SOA, TCP SOA, AXFR)
   * @param clock the clock for the TSIG time check
   */
  public PrimaryProbe(Duration stepTimeout, Clock clock) {
    this.stepTimeout = Objects.requireNonNull(stepTimeout, "stepTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Probes {@code server} for {@code zone}.
   *
   * @param key the zone's TSIG key, or empty to ask unsigned
   */
  public PrimaryReport probe(ServerAddress server, String zone, Optional<TsigKey> key) {
    Name origin = origin(zone);
    NameserverClient client = new NameserverClient(stepTimeout, clock);
    PrimaryReport.SoaCheck udp =
        soa(client.query(server, origin, Type.SOA, Transport.UDP, key), origin);
    PrimaryReport.SoaCheck tcp =
        soa(client.query(server, origin, Type.SOA, Transport.TCP, key), origin);
    PrimaryReport.TransferCheck transfer;
    TsigVerdict verdict;
    if (!tcp.answered()) {
      transfer =
          new PrimaryReport.TransferCheck(
              PrimaryReport.TransferCheck.Outcome.SKIPPED,
              OptionalInt.empty(),
              OptionalLong.empty(),
              "no answer over TCP: " + tcp.detail());
      verdict = udp.tsig();
    } else {
      TransferResult t = transfer(server, zone, key);
      transfer = t.check();
      verdict = t.verdict().orElse(tcp.tsig());
    }
    String zoneText = dev.hzone.dns.Names.zoneName(zone);
    return new PrimaryReport(
        server, zoneText, key.flatMap(TsigKey::name).orElse(""), udp, tcp, transfer, verdict);
  }

  private record TransferResult(PrimaryReport.TransferCheck check, Optional<TsigVerdict> verdict) {}

  private TransferResult transfer(ServerAddress server, String zone, Optional<TsigKey> key) {
    ZoneTransferClient axfr = new ZoneTransferClient(stepTimeout, clock);
    try {
      List<Record> records = axfr.transfer(server, zone, key);
      long serial = ((SOARecord) records.get(0)).getSerial();
      return new TransferResult(
          new PrimaryReport.TransferCheck(
              PrimaryReport.TransferCheck.Outcome.COMPLETE,
              OptionalInt.of(records.size()),
              OptionalLong.of(serial),
              ""),
          Optional.of(key.isPresent() ? TsigVerdict.VALID : TsigVerdict.UNSIGNED));
    } catch (TransferException e) {
      PrimaryReport.TransferCheck.Outcome outcome =
          switch (e.reason()) {
            case REFUSED -> PrimaryReport.TransferCheck.Outcome.REFUSED;
            case TSIG_FAILED -> PrimaryReport.TransferCheck.Outcome.TSIG_FAILED;
            case NOT_SERVED -> PrimaryReport.TransferCheck.Outcome.NOT_SERVED;
            case UNREACHABLE -> PrimaryReport.TransferCheck.Outcome.UNREACHABLE;
            case PROTOCOL, TOO_LARGE -> PrimaryReport.TransferCheck.Outcome.FAILED;
          };
      Optional<TsigVerdict> v =
          e.reason() == TransferException.Reason.TSIG_FAILED
              ? Optional.of(e.tsig())
              : Optional.empty();
      return new TransferResult(
          new PrimaryReport.TransferCheck(
              outcome, OptionalInt.empty(), OptionalLong.empty(), e.getMessage()),
          v);
    }
  }

  private static PrimaryReport.SoaCheck soa(QueryResult r, Name origin) {
    long ms = r.elapsed().toMillis();
    if (!r.answered()) {
      return new PrimaryReport.SoaCheck(
          r.outcome(), r.rcodeText(), OptionalLong.empty(), false, r.tsig(), ms, r.detail());
    }
    Message m = r.response().orElseThrow();
    OptionalLong serial = OptionalLong.empty();
    for (Record rec : m.getSection(Section.ANSWER)) {
      if (rec instanceof SOARecord soa && soa.getName().equals(origin)) {
        serial = OptionalLong.of(soa.getSerial());
      }
    }
    return new PrimaryReport.SoaCheck(
        r.outcome(), r.rcodeText(), serial, m.getHeader().getFlag(Flags.AA), r.tsig(), ms, "");
  }

  private static Name origin(String zone) {
    try {
      return Name.fromString(zone.endsWith(".") ? zone : zone + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + zone + "' is not a valid zone name");
    }
  }
}
