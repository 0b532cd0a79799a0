package dev.hzone.emulator;

import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Consumer;

/** The emulator's {@link DnsServer} as the {@link ZoneServer} the emulator feeds. */
final class DnsZoneServer implements ZoneServer {
  private final DnsServer server;

  private DnsZoneServer(DnsServer server) {
    this.server = server;
  }

  /** Starts {@link DnsServer}s that serve changes {@code delay} after they were published. */
  static ZoneServer.Factory factory(Duration delay, Consumer<String> log) {
    DnsServerOptions options = DnsServerOptions.defaults()
        .withPublishDelay(delay)
        .withProblems(p -> log.accept("dns: " + p));
    return listen -> new DnsZoneServer(DnsServer.start(listen, options));
  }

  @Override
  public InetSocketAddress address() {
    return server.address();
  }

  @Override
  public void publish(ZoneData zone) {
    server.publish(zone);
  }

  @Override
  public void withdraw(String zoneName) {
    server.withdraw(zoneName);
  }

  @Override
  public void close() {
    server.close();
  }
}
