package dev.hzone.emulator;

import dev.hzone.emulator.dnsapi.NameserverSets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * An emulator on a free loopback port with a hand-moved clock, a recording publisher and a checking
 * client.
 */
final class TestEmulator implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final RecordingPublisher published = new RecordingPublisher();
  final Emulator emulator;
  final ApiTestClient api;

  private TestEmulator(UnaryOperator<EmulatorOptions> options) {
    this(options, NameserverSets.HETZNER);
  }

  private TestEmulator(UnaryOperator<EmulatorOptions> options, NameserverSets nameservers) {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        options.apply(
            EmulatorOptions.defaults()
                .withListen(new InetSocketAddress(lo, 0))
                .withDnsListen(new InetSocketAddress(lo, 0))
                .withToken(TOKEN)
                .withActionDuration(Duration.ZERO));
    this.emulator =
        Emulator.builder(o)
            .clock(clock)
            .publisher(published)
            .nameservers(nameservers)
            .noDns()
            .start();
    this.api = new ApiTestClient(emulator.apiEndpoint(), TOKEN);
  }

  /** Actions finish at once; state in memory. */
  static TestEmulator start() {
    return new TestEmulator(o -> o);
  }

  static TestEmulator start(UnaryOperator<EmulatorOptions> options) {
    return new TestEmulator(options);
  }

  /** Zones get their nameservers from {@code nameservers} instead of Hetzner's usual ones. */
  static TestEmulator start(UnaryOperator<EmulatorOptions> options, NameserverSets nameservers) {
    return new TestEmulator(options, nameservers);
  }

  @Override
  public void close() {
    emulator.close();
  }
}
