package dev.hzone.migrate;

import dev.hzone.axfr.DnsjavaTsig;
import dev.hzone.resolve.DirectQuery;
import dev.hzone.tsig.TsigKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.TSIGRecord;

/**
 * Migration's view of {@link DirectQuery}: a server given as {@link ServerAddress} (a host name is
 * resolved here), a {@link TsigKey} to sign with, and the TSIG verdict on the answer. The query
 * itself (RD clear, TCP when UDP is truncated, timeouts and unreachable servers as outcomes) is
 * {@link DirectQuery}'s.
 */
public final class NameserverClient {
  private final DirectQuery query;
  private final Clock clock;

  /**
   * @param timeout how long to wait for each answer
   * @param clock the clock for the TSIG time check
   */
  public NameserverClient(Duration timeout, Clock clock) {
    this.query = new DirectQuery(timeout);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The per-query timeout. */
  public Duration timeout() {
    return query.timeout();
  }

  /**
   * Asks {@code server} for {@code name}/{@code type} (class IN) with the RD flag clear.
   *
   * @param name an absolute domain name
   * @param type dnsjava's type number
   */
  public QueryResult query(
      ServerAddress server, Name name, int type, Transport transport, Optional<TsigKey> key) {
    long start = System.nanoTime();
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(server.host()), server.port());
    } catch (UnknownHostException e) {
      return new QueryResult(
          QueryResult.Outcome.UNREACHABLE,
          Optional.empty(),
          TsigVerdict.NOT_CHECKED,
          Duration.ofNanos(System.nanoTime() - start),
          "cannot resolve host " + server.host());
    }
    DirectQuery.Reply r =
        query.ask(
            address,
            name,
            type,
            transport == Transport.TCP,
            key.map(k -> DnsjavaTsig.signer(k, clock)));
    return switch (r.outcome()) {
      case ANSWERED ->
          new QueryResult(
              QueryResult.Outcome.ANSWERED,
              r.message(),
              verdict(r.message().orElseThrow(), key.isPresent()),
              r.elapsed(),
              "");
      case TIMEOUT ->
          new QueryResult(
              QueryResult.Outcome.TIMEOUT,
              Optional.empty(),
              TsigVerdict.NOT_CHECKED,
              r.elapsed(),
              r.detail());
      case UNREACHABLE ->
          new QueryResult(
              QueryResult.Outcome.UNREACHABLE,
              Optional.empty(),
              TsigVerdict.NOT_CHECKED,
              r.elapsed(),
              r.detail());
    };
  }

  /**
   * The TSIG verdict on {@code response}: the server's TSIG error if it reported one, else whether
   * its own signature verified.
   */
  static TsigVerdict verdict(Message response, boolean signed) {
    TSIGRecord tsig = response.getTSIG();
    if (tsig == null) {
      return TsigVerdict.UNSIGNED;
    }
    switch (tsig.getError()) {
      case Rcode.BADKEY:
        return TsigVerdict.BAD_KEY;
      case Rcode.BADSIG:
        return TsigVerdict.BAD_SIGNATURE;
      case Rcode.BADTIME:
        return TsigVerdict.BAD_TIME;
      default:
        break;
    }
    if (!signed) {
      return TsigVerdict.UNSIGNED;
    }
    return response.isVerified() ? TsigVerdict.VALID : TsigVerdict.BAD_SIGNATURE;
  }
}
