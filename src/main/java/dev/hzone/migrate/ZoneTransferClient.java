package dev.hzone.migrate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import dev.hzone.dns.Names;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.ZoneTransferException;
import org.xbill.DNS.ZoneTransferIn;

/**
 * Fetches a whole zone by AXFR with dnsjava's {@link ZoneTransferIn}, signed with a TSIG key when one is
 * given. Every message of a signed transfer is verified. When the server rejects the key, a signed SOA query
 * finds out why (unknown key, wrong secret, clock skew), since a failed transfer carries no details.
 *
 * <pre>{@code
 * ZoneTransferClient axfr = new ZoneTransferClient(Duration.ofSeconds(60), Clock.systemUTC());
 * List<Record> records = axfr.transfer(ServerAddress.parse("192.0.2.53"), "example.com", Optional.of(key));
 * }</pre>
 */
public final class ZoneTransferClient {
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param timeout the most the whole transfer may take, including connecting
   * @param clock the clock for the TSIG time check
   */
  public ZoneTransferClient(Duration timeout, Clock clock) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Transfers {@code zone} from {@code server}.
   *
   * @param zone the zone name, with or without trailing dot
   * @return the records as sent, the SOA first and last as AXFR sends them, so the list has the closing SOA
   *     removed
   * @throws TransferException when the transfer does not complete; nothing is returned in part
   */
  public List<Record> transfer(ServerAddress server, String zone, Optional<TsigKey> key) {
    Name origin = zoneName(zone);
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(server.host()), server.port());
    } catch (UnknownHostException e) {
      throw new TransferException(TransferException.Reason.UNREACHABLE, TsigVerdict.NOT_CHECKED,
          "cannot resolve host " + server.host());
    }
    ZoneTransferIn xfr = ZoneTransferIn.newAXFR(origin, address, key.map(k -> k.toTsig(clock)).orElse(null));
    xfr.setTimeout(timeout);
    try {
      xfr.run();
    } catch (ZoneTransferException e) {
      throw classify(e, server, origin, key);
    } catch (IOException e) {
      if (NameserverClient.isTimeout(e)) {
        throw new TransferException(TransferException.Reason.UNREACHABLE, TsigVerdict.NOT_CHECKED,
            "zone transfer of " + zone + " from " + server + " timed out after " + timeout.toSeconds() + " s", e);
      }
      throw new TransferException(TransferException.Reason.UNREACHABLE, TsigVerdict.NOT_CHECKED,
          "cannot reach " + server + " for a zone transfer of " + zone + ": " + NameserverClient.describe(e), e);
    }
    List<Record> records = xfr.getAXFR();
    if (records.size() > 1 && records.get(records.size() - 1).getType() == Type.SOA) {
      records = records.subList(0, records.size() - 1);
    }
    return List.copyOf(records);
  }

  private TransferException classify(
      ZoneTransferException e, ServerAddress server, Name origin, Optional<TsigKey> key) {
    String what = "zone transfer of " + Names.zoneName(origin.toString()) + " from " + server;
    String msg = String.valueOf(e.getMessage());
    if (msg.startsWith("TSIG failure")) {
      return new TransferException(TransferException.Reason.TSIG_FAILED, TsigVerdict.BAD_SIGNATURE,
          what + " failed: the server's answer did not verify with key '" + key.map(TsigKey::name).orElse("")
              + "' (" + msg + "); check that both sides use the same secret and algorithm", e);
    }
    switch (msg) {
      case "REFUSED":
        return new TransferException(TransferException.Reason.REFUSED,
            key.isPresent() ? TsigVerdict.VALID : TsigVerdict.UNSIGNED,
            what + " was refused: the server's allow-transfer does not admit "
                + (key.isPresent() ? "key '" + key.get().name() + "'" : "unsigned requests from this address")
                + (key.isPresent() ? "" : " (use --tsig-file with the key that the server's allow-transfer names)"),
            e);
      case "NOTAUTH":
        if (key.isPresent()) {
          return tsigRejected(what, server, origin, key.get(), e);
        }
        return new TransferException(TransferException.Reason.NOT_SERVED, TsigVerdict.UNSIGNED,
            what + " failed: the server is not authoritative for the zone (NOTAUTH)", e);
      case "NOTIMP":
      case "SERVFAIL":
      case "NXDOMAIN":
      case "FORMERR":
        return new TransferException(TransferException.Reason.NOT_SERVED,
            key.isPresent() ? TsigVerdict.NOT_CHECKED : TsigVerdict.UNSIGNED,
            what + " failed: the server answered " + msg + "; is it a primary or secondary for this zone?", e);
      default:
        return new TransferException(TransferException.Reason.PROTOCOL, TsigVerdict.NOT_CHECKED,
            what + " failed: " + msg, e);
    }
  }

  /** Asks a signed SOA question to learn which TSIG error the server meant. */
  private TransferException tsigRejected(
      String what, ServerAddress server, Name origin, TsigKey key, ZoneTransferException cause) {
    NameserverClient client = new NameserverClient(Duration.ofSeconds(Math.min(5, timeout.toSeconds())), clock);
    QueryResult soa = client.query(server, origin, Type.SOA, Transport.TCP, Optional.of(key));
    TsigVerdict verdict = soa.tsig();
    String why = switch (verdict) {
      case BAD_KEY -> "the server does not know key '" + key.name() + "' with algorithm "
          + key.algorithm().text() + " (BADKEY)";
      case BAD_SIGNATURE -> "the signature with key '" + key.name()
          + "' did not verify: the secret differs from the server's (BADSIG)";
      case BAD_TIME -> "the clocks of this machine and the server differ too much (BADTIME)";
      default -> "the server rejected key '" + key.name() + "' (NOTAUTH)";
    };
    return new TransferException(TransferException.Reason.TSIG_FAILED, verdict, what + " failed: " + why, cause);
  }

  private static Name zoneName(String zone) {
    try {
      return Name.fromString(zone.endsWith(".") ? zone : zone + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + zone + "' is not a valid zone name");
    }
  }
}
