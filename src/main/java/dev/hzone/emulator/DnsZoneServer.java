package dev.hzone.emulator;

import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.dns.DnsServer;
import dev.hzone.emulator.dns.DnsServerOptions;
import dev.hzone.emulator.dns.NotifyHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.xbill.DNS.Record;

/** The emulator's {@link DnsServer} as the {@link ZoneServer} the emulator feeds. */
final class DnsZoneServer implements ZoneServer {
  private final DnsServer server;

  private DnsZoneServer(DnsServer server) {
    this.server = server;
  }

  /** Starts {@link DnsServer}s that serve changes {@code delay} after they were published. */
  static ZoneServer.Factory factory(Duration delay, Consumer<String> log, NotifyHandler notifies) {
    DnsServerOptions options =
        DnsServerOptions.defaults()
            .withPublishDelay(delay)
            .withProblems(p -> log.accept("dns: " + p));
    return listen -> new DnsZoneServer(DnsServer.start(listen, options, notifies));
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
  public void publishTransfer(String zoneName, List<Record> records) {
    server.publishTransfer(zoneName, records);
  }

  @Override
  public void close() {
    server.close();
  }
}
