package dev.hzone.migrate;

import dev.hzone.axfr.AxfrClient;
import dev.hzone.axfr.AxfrException;
import dev.hzone.axfr.AxfrLimits;
import dev.hzone.dns.Names;
import dev.hzone.tsig.TsigKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Fetches a whole zone by AXFR with {@link AxfrClient}, signed with a TSIG key when one is given:
 * every message is verified, any RCODE but NOERROR on any message fails the transfer, and nothing
 * is returned in part. When the server rejects the key, a signed SOA query finds out why (unknown
 * key, wrong secret, clock skew), since a failed transfer carries few details. Failures become
 * {@link TransferException}s that say whose move it is.
 *
 * <pre>{@code
 * ZoneTransferClient axfr = new ZoneTransferClient(AxfrLimits.defaults(), Clock.systemUTC());
 * List<Record> records = axfr.transfer(ServerAddress.parse("192.0.2.53"), "example.com", Optional.of(key));
 * }</pre>
 */
public final class ZoneTransferClient {
  private final AxfrLimits limits;
  private final Clock clock;

  /**
   * @param limits the most the whole transfer may take (connecting included), and its record limit
   * @param clock the clock for the TSIG time check
   */
  public ZoneTransferClient(AxfrLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A client with the default record limit. */
  public ZoneTransferClient(Duration timeout, Clock clock) {
    this(AxfrLimits.defaults().withTimeout(timeout), clock);
  }

  /**
   * Transfers {@code zone} from {@code server}.
   *
   * @param zone the zone name, with or without trailing dot
   * @return the records as sent, the SOA first; the closing SOA is not repeated
   * @throws TransferException when the transfer does not complete; nothing is returned in part
   */
  public List<Record> transfer(ServerAddress server, String zone, Optional<TsigKey> key) {
    Name origin = zoneName(zone);
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(server.host()), server.port());
    } catch (UnknownHostException e) {
      throw new TransferException(
          TransferException.Reason.UNREACHABLE,
          TsigVerdict.NOT_CHECKED,
          "cannot resolve host " + server.host());
    }
    try {
      return new AxfrClient(limits, clock).transfer(address, origin, key).records();
    } catch (AxfrException e) {
      throw classify(e, server, origin, key);
    }
  }

  private TransferException classify(
      AxfrException e, ServerAddress server, Name origin, Optional<TsigKey> key) {
    String zone = Names.zoneName(origin.toString());
    String what = "zone transfer of " + zone + " from " + server;
    boolean signed = key.isPresent();
    switch (e.kind()) {
      case UNREACHABLE:
        return new TransferException(
            TransferException.Reason.UNREACHABLE,
            TsigVerdict.NOT_CHECKED,
            "cannot reach " + server + " for a zone transfer of " + zone + ": " + e.getMessage(),
            e);
      case TIMEOUT:
        return new TransferException(
            TransferException.Reason.UNREACHABLE,
            TsigVerdict.NOT_CHECKED,
            what + " timed out: " + e.getMessage(),
            e);
      case LIMIT:
        return new TransferException(
            TransferException.Reason.TOO_LARGE,
            TsigVerdict.NOT_CHECKED,
            what
                + " stopped: "
                + e.getMessage()
                + " (raise the limit with --max-records N if the zone is "
                + "really that large); nothing was kept",
            e);
      case PROTOCOL:
        return new TransferException(
            TransferException.Reason.PROTOCOL,
            TsigVerdict.NOT_CHECKED,
            what + " failed: " + e.getMessage() + "; nothing was kept",
            e);
      case TSIG:
        if (e.rcode().orElse(Rcode.NOERROR) != Rcode.NOERROR) {
          return serverRejected(what, e, key.flatMap(TsigKey::name).orElse(""));
        }
        return new TransferException(
            TransferException.Reason.TSIG_FAILED,
            e.getMessage().contains("not signed")
                ? TsigVerdict.UNSIGNED
                : TsigVerdict.BAD_SIGNATURE,
            what
                + " failed: "
                + e.getMessage()
                + " with key '"
                + key.flatMap(TsigKey::name).orElse("")
                + "'; nothing was kept (check that both sides use the same key name, secret and algorithm)",
            e);
      case RCODE:
      default:
        break;
    }
    int rcode = e.rcode().orElse(Rcode.SERVFAIL);
    String name = Rcode.string(rcode);
    if (e.message() > 1) {
      return new TransferException(
          TransferException.Reason.PROTOCOL,
          TsigVerdict.NOT_CHECKED,
          what + " failed: " + e.getMessage() + " after the transfer had begun; nothing was kept",
          e);
    }
    switch (rcode) {
      case Rcode.REFUSED:
        return new TransferException(
            TransferException.Reason.REFUSED,
            signed ? TsigVerdict.VALID : TsigVerdict.UNSIGNED,
            what
                + " was refused: the server's allow-transfer does not admit "
                + (signed
                    ? "key '" + key.get().name().orElse("") + "'"
                    : "unsigned requests from this address")
                + (signed
                    ? ""
                    : " (use --tsig-file with the key that the server's allow-transfer names)"),
            e);
      case Rcode.NOTAUTH:
        if (signed) {
          return tsigRejected(what, server, origin, key.get(), e);
        }
        return new TransferException(
            TransferException.Reason.NOT_SERVED,
            TsigVerdict.UNSIGNED,
            what + " failed: the server is not authoritative for the zone (NOTAUTH)",
            e);
      default:
        return new TransferException(
            TransferException.Reason.NOT_SERVED,
            signed ? TsigVerdict.NOT_CHECKED : TsigVerdict.UNSIGNED,
            what
                + " failed: the server answered "
                + name
                + "; is it a primary or secondary for this zone?",
            e);
    }
  }

  /** The server put a TSIG error into its answer: it did not accept our signature. */
  private static TransferException serverRejected(String what, AxfrException e, String keyName) {
    int err = e.tsigError().orElse(Rcode.BADSIG);
    TsigVerdict verdict =
        switch (err) {
          case Rcode.BADKEY -> TsigVerdict.BAD_KEY;
          case Rcode.BADTIME -> TsigVerdict.BAD_TIME;
          default -> TsigVerdict.BAD_SIGNATURE;
        };
    return new TransferException(
        TransferException.Reason.TSIG_FAILED,
        verdict,
        what + " failed: " + reason(verdict, keyName),
        e);
  }

  private static String reason(TsigVerdict verdict, String keyName) {
    return switch (verdict) {
      case BAD_KEY -> "the server does not know key '" + keyName + "' with that algorithm (BADKEY)";
      case BAD_SIGNATURE ->
          "the signature with key '"
              + keyName
              + "' did not verify: the secret differs from the server's (BADSIG)";
      case BAD_TIME -> "the clocks of this machine and the server differ too much (BADTIME)";
      default -> "the server rejected key '" + keyName + "' (NOTAUTH)";
    };
  }

  /** Asks a signed SOA question to learn which TSIG error the server meant. */
  private TransferException tsigRejected(
      String what, ServerAddress server, Name origin, TsigKey key, AxfrException cause) {
    NameserverClient client =
        new NameserverClient(
            Duration.ofSeconds(Math.max(1, Math.min(5, limits.timeout().toSeconds()))), clock);
    QueryResult soa = client.query(server, origin, Type.SOA, Transport.TCP, Optional.of(key));
    TsigVerdict verdict = soa.tsig();
    String name = key.name().orElse("");
    String why =
        switch (verdict) {
          case BAD_KEY ->
              "the server does not know key '"
                  + name
                  + "' with algorithm "
                  + key.algorithm().text()
                  + " (BADKEY)";
          case BAD_SIGNATURE, BAD_TIME -> reason(verdict, name);
          default -> reason(TsigVerdict.NOT_CHECKED, name);
        };
    return new TransferException(
        TransferException.Reason.TSIG_FAILED, verdict, what + " failed: " + why, cause);
  }

  private static Name zoneName(String zone) {
    try {
      return Name.fromString(zone.endsWith(".") ? zone : zone + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + zone + "' is not a valid zone name");
    }
  }
}
