package dev.hzone.resolve;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;

/**
 * One question to one nameserver, not recursive (RD clear): the server must answer from its own
 * data. UDP, and TCP when the UDP answer is truncated (dnsjava's {@link SimpleResolver} does that),
 * or TCP only when asked. Network trouble never throws: a timeout or an unreachable server is an
 * {@link Reply.Outcome}.
 */
public final class DirectQuery {
  private final Duration timeout;

  /**
   * @param timeout how long to wait for one answer
   */
  public DirectQuery(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** The per-query timeout. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * What a server said.
   *
   * @param outcome whether it answered
   * @param message the answer, when there is one
   * @param detail why there is none ("no answer within 2000 ms", the network's message), else empty
   * @param elapsed how long it took
   * @param error the network's exception, when there is no answer
   */
  public record Reply(
      Outcome outcome,
      Optional<Message> message,
      String detail,
      Duration elapsed,
      Optional<Throwable> error) {
    /** Whether the server answered at all. */
    public enum Outcome {
      ANSWERED,
      TIMEOUT,
      UNREACHABLE
    }

    public Reply {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(error, "error");
    }

    public boolean answered() {
      return outcome == Outcome.ANSWERED;
    }
  }

  /**
   * Asks {@code server} for {@code name}/{@code type} (class IN) over UDP, waiting for the answer.
   */
  public Reply ask(java.net.InetSocketAddress server, Name name, int type) {
    return ask(server, name, type, false, Optional.empty());
  }

  /**
   * Asks {@code server} for {@code name}/{@code type} (class IN), waiting for the answer.
   *
   * @param tcp TCP from the start (else UDP, then TCP when truncated)
   * @param key a TSIG key to sign the query with
   */
  public Reply ask(
      java.net.InetSocketAddress server, Name name, int type, boolean tcp, Optional<TSIG> key) {
    long start = System.nanoTime();
    try {
      Message m = resolver(server, tcp, key).send(query(name, type));
      return new Reply(
          Reply.Outcome.ANSWERED, Optional.of(m), "", elapsed(start), Optional.empty());
    } catch (IOException e) {
      return failure(e, start);
    }
  }

  /**
   * Asks without waiting; the future always completes with a {@link Reply}, never exceptionally.
   */
  public CompletableFuture<Reply> askAsync(java.net.InetSocketAddress server, Name name, int type) {
    long start = System.nanoTime();
    return resolver(server, false, Optional.empty())
        .sendAsync(query(name, type))
        .toCompletableFuture()
        .orTimeout(timeout.toMillis() + 500, TimeUnit.MILLISECONDS)
        .handle(
            (m, e) ->
                e == null
                    ? new Reply(
                        Reply.Outcome.ANSWERED,
                        Optional.of(m),
                        "",
                        elapsed(start),
                        Optional.empty())
                    : failure(e, start));
  }

  /**
   * The replies of futures from {@link #askAsync}, waiting at most a little longer than the
   * timeout.
   */
  public Reply await(CompletableFuture<Reply> pending) throws InterruptedException {
    long start = System.nanoTime();
    try {
      return pending.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      pending.cancel(true);
      return failure(e, start);
    }
  }

  private SimpleResolver resolver(
      java.net.InetSocketAddress server, boolean tcp, Optional<TSIG> key) {
    SimpleResolver r = new SimpleResolver(server);
    r.setTimeout(timeout);
    r.setTCP(tcp);
    key.ifPresent(r::setTSIGKey);
    return r;
  }

  private static Message query(Name name, int type) {
    Message q = Message.newQuery(Record.newRecord(name, type, DClass.IN));
    q.getHeader().unsetFlag(Flags.RD);
    return q;
  }

  private Reply failure(Throwable e, long start) {
    if (isTimeout(e)) {
      return new Reply(
          Reply.Outcome.TIMEOUT,
          Optional.empty(),
          "no answer within " + timeout.toMillis() + " ms",
          elapsed(start),
          Optional.of(e));
    }
    return new Reply(
        Reply.Outcome.UNREACHABLE, Optional.empty(), describe(e), elapsed(start), Optional.of(e));
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Whether {@code e} or a cause of it is a timeout. */
  public static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause's message, which says what the network did (e.g. "Connection refused"). */
  public static String describe(Throwable e) {
    Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    String kind = t.getClass().getSimpleName().replace("Exception", "");
    return m == null || m.isBlank()
        ? kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
        : m;
  }
}
