package dev.hzone.migrate;

import dev.hzone.axfr.DnsjavaTsig;
import dev.hzone.tsig.TsigKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIGRecord;

/**
 * Sends single, non-recursive queries to one nameserver at a time, over UDP or TCP, signed with a TSIG key
 * when one is given, and classifies what came back. Truncated UDP answers are retried over TCP. Nothing here
 * throws for network trouble: timeouts and unreachable servers are outcomes, reported in the result.
 */
public final class NameserverClient {
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param timeout how long to wait for each answer
   * @param clock the clock for the TSIG time check
   */
  public NameserverClient(Duration timeout, Clock clock) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The per-query timeout. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Asks {@code server} for {@code name}/{@code type} (class IN) with the RD flag clear.
   *
   * @param name an absolute domain name
   * @param type dnsjava's type number
   */
  public QueryResult query(ServerAddress server, Name name, int type, Transport transport, Optional<TsigKey> key) {
    Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
    query.getHeader().unsetFlag(Flags.RD);
    long start = System.nanoTime();
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(server.host()), server.port());
    } catch (UnknownHostException e) {
      return failure(QueryResult.Outcome.UNREACHABLE, start, "cannot resolve host " + server.host());
    }
    SimpleResolver resolver = new SimpleResolver(address);
    resolver.setTimeout(timeout);
    resolver.setTCP(transport == Transport.TCP);
    key.ifPresent(k -> resolver.setTSIGKey(DnsjavaTsig.signer(k, clock)));
    try {
      Message response = resolver.send(query);
      return new QueryResult(QueryResult.Outcome.ANSWERED, Optional.of(response),
          verdict(response, key.isPresent()), elapsed(start), "");
    } catch (IOException e) {
      if (isTimeout(e)) {
        return failure(QueryResult.Outcome.TIMEOUT, start, "no answer within " + timeout.toMillis() + " ms");
      }
      return failure(QueryResult.Outcome.UNREACHABLE, start, describe(e));
    }
  }

  /**
   * The TSIG verdict on {@code response}: the server's TSIG error if it reported one, else whether its own
   * signature verified.
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

  private QueryResult failure(QueryResult.Outcome outcome, long start, String detail) {
    return new QueryResult(outcome, Optional.empty(), TsigVerdict.NOT_CHECKED, elapsed(start), detail);
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause's message, which says what the network did (e.g. "Connection refused"). */
  static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    String kind = t.getClass().getSimpleName().replace("Exception", "");
    return m == null || m.isBlank() ? splitCamel(kind) : m;
  }

  private static String splitCamel(String s) {
    return s.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
