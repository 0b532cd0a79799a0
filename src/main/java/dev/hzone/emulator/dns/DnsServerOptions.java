package dev.hzone.emulator.dns;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the DNS server behaves.
 *
 * @param publishDelay how long after {@link DnsServer#publish} (or {@link DnsServer#withdraw}) the
 *     change is served: zero serves it at once; more imitates the lag between an API change and
 *     Hetzner's nameservers (the emulator's {@code --dns-delay MS}), so that a propagation check
 *     has something to wait for
 * @param maxUdpPayload the EDNS UDP payload size offered and the largest UDP answer sent (1232 by
 *     default, the DNS Flag Day 2020 value); answers to queries without EDNS stay within 512 bytes
 *     regardless
 * @param queryListener told about every answered query (the emulator's log, tests); must be quick
 *     and must not throw
 * @param problems told about records left out of answers because their value does not parse
 */
public record DnsServerOptions(
    Duration publishDelay,
    int maxUdpPayload,
    QueryListener queryListener,
    Consumer<String> problems) {

  /** The payload size offered by default. */
  public static final int DEFAULT_UDP_PAYLOAD = 1232;

  public DnsServerOptions {
    Objects.requireNonNull(publishDelay, "publishDelay");
    Objects.requireNonNull(queryListener, "queryListener");
    Objects.requireNonNull(problems, "problems");
    if (publishDelay.isNegative()) {
      throw new IllegalArgumentException("the publish delay must not be negative: " + publishDelay);
    }
    if (maxUdpPayload < Responder.CLASSIC_UDP_SIZE || maxUdpPayload > Responder.TCP_SIZE) {
      throw new IllegalArgumentException(
          "the UDP payload size must be within 512..65535: " + maxUdpPayload);
    }
  }

  /** No delay, 1232-byte UDP payloads, no listeners. */
  public static DnsServerOptions defaults() {
    return new DnsServerOptions(Duration.ZERO, DEFAULT_UDP_PAYLOAD, e -> {}, p -> {});
  }

  public DnsServerOptions withPublishDelay(Duration delay) {
    return new DnsServerOptions(delay, maxUdpPayload, queryListener, problems);
  }

  public DnsServerOptions withQueryListener(QueryListener listener) {
    return new DnsServerOptions(publishDelay, maxUdpPayload, listener, problems);
  }

  public DnsServerOptions withProblems(Consumer<String> sink) {
    return new DnsServerOptions(publishDelay, maxUdpPayload, queryListener, sink);
  }

  /**
   * Receives one event per answered query, before the answer is sent, so that a client holding its
   * answer always finds the event recorded (the other order raced in CI).
   */
  @FunctionalInterface
  public interface QueryListener {
    void answered(QueryEvent event);
  }
}
