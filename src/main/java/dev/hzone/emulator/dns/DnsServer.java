package dev.hzone.emulator.dns;

import dev.hzone.dns.ZoneData;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.xbill.DNS.Name;

/**
 * An authoritative DNS server for the emulator's primary zones, on one address and port for both
 * UDP and TCP. The emulator calls {@link #publish} with a zone's full content after every finished
 * action that changes it (and at start-up), and {@link #withdraw} when the zone is deleted; queries
 * always see whole versions of zones.
 *
 * <p>Thread-safe. Publishing compiles the zone on the caller's thread (so a zone without SOA fails
 * there), then swaps it in at once or, with {@link DnsServerOptions#publishDelay()}, that long
 * afterwards; changes are applied in the order they were published.
 */
public final class DnsServer implements AutoCloseable {
  /** How often to look for a port free for both UDP and TCP when asked for port 0. */
  private static final int BIND_ATTEMPTS = 20;

  private final AtomicReference<ZoneCatalog> catalog = new AtomicReference<>(ZoneCatalog.EMPTY);
  private final DnsServerOptions options;
  private final Delayer delayer;
  private final InetSocketAddress address;
  private final UdpListener udp;
  private final TcpListener tcp;

  private DnsServer(
      DnsServerOptions options,
      Delayer delayer,
      DatagramSocket udpSocket,
      ServerSocket tcpSocket,
      NotifyHandler notifies) {
    this.options = options;
    this.delayer = delayer;
    this.address = new InetSocketAddress(udpSocket.getLocalAddress(), udpSocket.getLocalPort());
    Responder responder = new Responder(catalog::get, options.maxUdpPayload(), notifies);
    this.udp = new UdpListener(udpSocket, responder, options.queryListener());
    this.tcp = new TcpListener(tcpSocket, responder, options.queryListener());
    udp.start();
    tcp.start();
  }

  /**
   * Binds UDP and TCP on {@code bind} and starts serving, with no zones yet. Port 0 picks a port
   * that is free for both; {@link #address()} tells which.
   *
   * @throws IOException when the address cannot be bound (in use, not local, no permission for port
   *     53)
   */
  public static DnsServer start(InetSocketAddress bind, DnsServerOptions options)
      throws IOException {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(options, "options");
    return start(bind, options, NotifyHandler.NONE);
  }

  /**
   * As {@link #start(InetSocketAddress, DnsServerOptions)}, with NOTIFY messages (RFC 1996) decided
   * by {@code notifies} instead of answered NOTIMP.
   */
  public static DnsServer start(
      InetSocketAddress bind, DnsServerOptions options, NotifyHandler notifies) throws IOException {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(options, "options");
    Delayer delayer = options.publishDelay().isZero() ? Delayer.IMMEDIATE : Delayer.scheduled();
    return start(bind, options, delayer, notifies);
  }

  /**
   * As {@link #start(InetSocketAddress, DnsServerOptions)}, with the delayed publishing under test
   * control.
   */
  static DnsServer start(InetSocketAddress bind, DnsServerOptions options, Delayer delayer)
      throws IOException {
    return start(bind, options, delayer, NotifyHandler.NONE);
  }

  private static DnsServer start(
      InetSocketAddress bind, DnsServerOptions options, Delayer delayer, NotifyHandler notifies)
      throws IOException {
    IOException last = null;
    int attempts = bind.getPort() == 0 ? BIND_ATTEMPTS : 1;
    for (int i = 0; i < attempts; i++) {
      DatagramSocket udpSocket = new DatagramSocket(null);
      try {
        udpSocket.bind(bind);
      } catch (IOException e) {
        udpSocket.close();
        throw bindFailure(bind, e);
      }
      ServerSocket tcpSocket = new ServerSocket();
      try {
        tcpSocket.setReuseAddress(true);
        tcpSocket.bind(new InetSocketAddress(bind.getAddress(), udpSocket.getLocalPort()), 64);
        return new DnsServer(options, delayer, udpSocket, tcpSocket, notifies);
      } catch (IOException e) {
        // The UDP port's TCP twin is taken: try another port (or give up on a fixed one).
        udpSocket.close();
        tcpSocket.close();
        last = e;
      }
    }
    throw bindFailure(bind, last);
  }

  private static IOException bindFailure(InetSocketAddress bind, IOException cause) {
    String where = bind.getAddress().getHostAddress() + ":" + bind.getPort();
    String msg = "cannot serve DNS on " + where + ": " + cause.getMessage();
    return cause instanceof BindException ? new BindException(msg) : new IOException(msg, cause);
  }

  /** Where the server listens, for both UDP and TCP (the real port when started with port 0). */
  public InetSocketAddress address() {
    return address;
  }

  /** {@code HOST:PORT} of {@link #address()}, for a ready line or {@code --nameserver}. */
  public String hostPort() {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /**
   * Serves {@code zone}'s content from now on (after the publish delay), replacing any earlier
   * version. Values use Hetzner's presentation syntax; RRSets without a TTL take the zone's default
   * (3600 when the model has none). Values that do not parse are left out and reported to {@link
   * DnsServerOptions#problems()}.
   *
   * @throws IllegalArgumentException when the zone has no apex SOA
   */
  public void publish(ZoneData zone) {
    ZoneSnapshot snapshot = ZoneCompiler.compile(zone, options.problems());
    delayer.after(options.publishDelay(), () -> catalog.updateAndGet(c -> c.with(snapshot)));
  }

  /**
   * Serves a zone exactly as a zone transfer delivered it ({@code records}: the SOA first, every
   * record once), replacing any earlier version: what a secondary zone serves. Served at once (a
   * transfer is not an action).
   *
   * @throws IllegalArgumentException when the first record is not the zone's SOA
   */
  public void publishTransfer(String zoneName, List<org.xbill.DNS.Record> records) {
    ZoneSnapshot snapshot =
        ZoneCompiler.fromTransfer(
            ZoneCompiler.originOf(dev.hzone.dns.Names.zoneName(zoneName)), records);
    catalog.updateAndGet(c -> c.with(snapshot));
  }

  /**
   * Stops serving the zone {@code zoneName} (after the publish delay); unknown names are ignored.
   */
  public void withdraw(String zoneName) {
    Name origin = ZoneCompiler.originOf(dev.hzone.dns.Names.zoneName(zoneName));
    delayer.after(options.publishDelay(), () -> catalog.updateAndGet(c -> c.without(origin)));
  }

  /**
   * The zones served right now (names without the final dot), sorted; for diagnostics and tests.
   */
  public List<String> servedZones() {
    List<String> out = new ArrayList<>();
    for (Name n : catalog.get().origins()) {
      out.add(n.toString(true));
    }
    out.sort(null);
    return out;
  }

  /** Stops listening and drops pending delayed changes. */
  @Override
  public void close() {
    delayer.close();
    try {
      udp.close();
    } finally {
      try {
        tcp.close();
      } catch (IOException e) {
        // Closing sockets that are already closed is not a failure worth reporting.
      }
    }
  }

  /**
   * Runs a change after a delay, in the order given; the seam that lets tests hold changes back.
   */
  interface Delayer extends AutoCloseable {
    /** Runs changes at once, on the caller's thread. */
    Delayer IMMEDIATE =
        new Delayer() {
          @Override
          public void after(Duration delay, Runnable change) {
            change.run();
          }

          @Override
          public void close() {}
        };

    void after(Duration delay, Runnable change);

    @Override
    void close();

    /**
     * Runs changes on one timer thread. Every change waits the same delay, so their due times
     * follow the order of publishing, and the executor runs equal due times first in, first out.
     */
    static Delayer scheduled() {
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "hzone-dns-publish");
                t.setDaemon(true);
                return t;
              });
      return new Delayer() {
        @Override
        public void after(Duration delay, Runnable change) {
          timer.schedule(change, delay.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
          timer.shutdownNow();
        }
      };
    }
  }
}
