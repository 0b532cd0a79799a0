package dev.hzone.emulator.secondary;

import dev.hzone.axfr.AxfrClient;
import dev.hzone.axfr.AxfrException;
import dev.hzone.axfr.AxfrLimits;
import dev.hzone.axfr.AxfrResult;
import dev.hzone.axfr.DnsjavaTsig;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.dns.NotifyHandler;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.state.PrimaryNameserver;
import dev.hzone.emulator.state.ZoneEntry;
import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;

/**
 * Follows the emulator's secondary zones (see the package documentation). It sits in front of the
 * DNS server as a {@link ZonePublisher}: primary zones pass through, secondary zones are followed,
 * and it answers NOTIFY as the server's {@link NotifyHandler}. Transfers run one at a time on one
 * timer thread.
 *
 * <pre>{@code
 * SecondaryZones secondaries = new SecondaryZones(AxfrLimits.defaults(), Clock.systemUTC(), log::println);
 * ZoneServer dns = DnsZoneServer.factory(delay, log, secondaries).start(listen);
 * secondaries.attach(dns);   // what it transfers is served there
 * }</pre>
 */
public final class SecondaryZones implements ZonePublisher, NotifyHandler, AutoCloseable {
  /**
   * The label that names the zone's TSIG key (the API stores no name); see the package
   * documentation.
   */
  public static final String KEY_NAME_LABEL = "hzone.dev/tsig-key-name";

  /** Bounds on the SOA timers, so a zero or huge value neither spins nor stalls. */
  static final Duration MIN_TIMER = Duration.ofSeconds(1);

  static final Duration MAX_TIMER = Duration.ofDays(1);

  /** The retry before any SOA is known. */
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  private final AxfrClient axfr;
  private final Clock clock;
  private final Consumer<String> log;
  private final ScheduledExecutorService timer;
  private final Map<String, Follower> zones = new ConcurrentHashMap<>();
  private volatile ZonePublisher target = ZonePublisher.NONE;

  /**
   * @param limits time, records and bytes of one transfer
   * @param clock for TSIG time checks and expiry
   * @param log one line per transfer and per failure (never a secret)
   */
  public SecondaryZones(AxfrLimits limits, Clock clock, Consumer<String> log) {
    this.axfr = new AxfrClient(limits, clock);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = Objects.requireNonNull(log, "log");
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "hzone-secondary-zones");
              t.setDaemon(true);
              return t;
            });
  }

  /** Where zones are served (the DNS server); set once, before any zone is published. */
  public void attach(ZonePublisher server) {
    this.target = Objects.requireNonNull(server, "server");
  }

  @Override
  public void publish(ZoneData zone) {
    stopFollowing(zone.name());
    target.publish(zone);
  }

  @Override
  public void withdraw(String zoneName) {
    stopFollowing(zoneName);
    target.withdraw(zoneName);
  }

  /**
   * Starts following {@code zone}, or goes on following it when its primaries and key name did not
   * change.
   */
  @Override
  public void secondary(ZoneEntry zone) {
    Follower now =
        new Follower(
            zone.name(),
            zone.primaryNameservers(),
            Optional.ofNullable(zone.labels().get(KEY_NAME_LABEL)).orElse(zone.name()));
    Follower before = zones.get(zone.name());
    if (before != null && before.sameSource(now)) {
      return;
    }
    if (before == null) {
      target.withdraw(zone.name()); // a primary zone of the same name may have been served before
    } else {
      before.cancel();
      now.serving = before.serving;
      now.servedRecords = before.servedRecords;
      now.lastSuccess = before.lastSuccess;
    }
    zones.put(zone.name(), now);
    now.schedule(Duration.ZERO);
  }

  @Override
  public void publishTransfer(String zoneName, List<Record> records) {
    target.publishTransfer(zoneName, records);
  }

  @Override
  public OptionalInt transferredRecordCount(String zoneName) {
    Follower f = zones.get(zoneName);
    return f == null || f.serving == null ? OptionalInt.empty() : OptionalInt.of(f.servedRecords);
  }

  /**
   * The serial served for {@code zoneName}, if it has been transferred: for tests and diagnostics.
   */
  public Optional<Long> servedSerial(String zoneName) {
    return Optional.ofNullable(zones.get(zoneName))
        .flatMap(f -> Optional.ofNullable(f.serving))
        .map(SOARecord::getSerial);
  }

  private void stopFollowing(String zoneName) {
    Follower f = zones.remove(zoneName);
    if (f != null) {
      f.cancel();
    }
  }

  /**
   * RFC 1996: a NOTIFY for a followed zone from one of its primaries' addresses, verified with the
   * zone's TSIG key when it has one, starts a refresh now. Others are refused (NOTAUTH for a zone
   * not followed or a bad signature, REFUSED for another sender).
   */
  @Override
  public Answer answer(Message query, byte[] wire, InetSocketAddress client) {
    Name qname = query.getQuestion().getName();
    Follower f = zones.get(qname.canonicalize().toString(true));
    if (f == null) {
      return new Answer(Rcode.NOTAUTH, Optional.empty());
    }
    Optional<PrimaryNameserver> from =
        f.primaries.stream().filter(p -> sameAddress(p, client.getAddress())).findFirst();
    if (from.isEmpty()) {
      log.accept(
          "secondary "
              + f.zone
              + ": NOTIFY from "
              + client.getAddress().getHostAddress()
              + " refused (not a primary of the zone)");
      return new Answer(Rcode.REFUSED, Optional.empty());
    }
    Optional<TsigKey> key = f.key(from.get());
    if (key.isPresent()) {
      TSIG tsig = DnsjavaTsig.signer(key.get(), clock);
      if (query.getTSIG() == null
          || tsig.verify(query, wire, null) != Rcode.NOERROR
          || !query.isVerified()) {
        log.accept(
            "secondary "
                + f.zone
                + ": NOTIFY from "
                + client.getAddress().getHostAddress()
                + " refused (not signed with key "
                + key.get().name().orElse("")
                + ")");
        return new Answer(Rcode.NOTAUTH, Optional.empty());
      }
      f.schedule(Duration.ZERO);
      return new Answer(Rcode.NOERROR, Optional.of(tsig));
    }
    f.schedule(Duration.ZERO);
    return new Answer(Rcode.NOERROR, Optional.empty());
  }

  private static boolean sameAddress(PrimaryNameserver p, InetAddress a) {
    try {
      return InetAddress.getByName(p.address()).equals(a);
    } catch (UnknownHostException e) {
      return false; // addresses are IP literals, checked by the API
    }
  }

  /** Stops every timer; zones stay served until the server closes. */
  @Override
  public void close() {
    zones.values().forEach(Follower::cancel);
    timer.shutdownNow();
  }

  /** One followed zone: its primaries, the key name, what is served, the next refresh. */
  private final class Follower {
    final String zone;
    final List<PrimaryNameserver> primaries;
    final String keyName;
    volatile SOARecord serving;
    volatile int servedRecords;
    volatile Instant lastSuccess;
    private ScheduledFuture<?> next;

    Follower(String zone, List<PrimaryNameserver> primaries, String keyName) {
      this.zone = zone;
      this.primaries = List.copyOf(primaries);
      this.keyName = keyName;
    }

    boolean sameSource(Follower o) {
      return primaries.equals(o.primaries) && keyName.equals(o.keyName);
    }

    Optional<TsigKey> key(PrimaryNameserver p) {
      if (p.tsigKey().isEmpty() || p.tsigAlgorithm().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          TsigKey.fromBase64(
              Optional.of(keyName),
              TsigAlgorithm.lenient(p.tsigAlgorithm().get()),
              p.tsigKey().get()));
    }

    synchronized void schedule(Duration delay) {
      if (timer.isShutdown() || zones.get(zone) != this) {
        return;
      }
      if (next != null) {
        next.cancel(false);
      }
      next = timer.schedule(this::refresh, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void cancel() {
      if (next != null) {
        next.cancel(false);
      }
    }

    /** One refresh: the primaries in order until one transfers the zone. */
    private void refresh() {
      if (zones.get(zone) != this) {
        return;
      }
      StringBuilder failures = new StringBuilder();
      for (PrimaryNameserver p : primaries) {
        try {
          Name origin = Name.fromString(zone, Name.root);
          InetSocketAddress address =
              new InetSocketAddress(InetAddress.getByName(p.address()), p.port());
          AxfrResult r = axfr.transfer(address, origin, key(p));
          SOARecord soa = r.soa();
          if (serving == null || soa.getSerial() != serving.getSerial()) {
            // Logged before it is served, so whoever sees the new data also finds its log line.
            log.accept(
                "secondary "
                    + zone
                    + ": serial "
                    + soa.getSerial()
                    + ", "
                    + r.records().size()
                    + " records from "
                    + p.address()
                    + ":"
                    + p.port()
                    + (r.signed() ? " (TSIG verified)" : ""));
            publishTransfer(zone, r.records());
            servedRecords = r.records().size();
          }
          serving = soa;
          lastSuccess = clock.instant();
          schedule(bounded(soa.getRefresh()));
          return;
        } catch (AxfrException
            | IllegalArgumentException
            | TextParseException
            | UnknownHostException e) {
          failures
              .append(failures.length() == 0 ? "" : "; ")
              .append(p.address())
              .append(':')
              .append(p.port())
              .append(": ")
              .append(e.getMessage());
        }
      }
      log.accept("secondary " + zone + ": transfer failed (" + failures + ")");
      if (serving != null
          && lastSuccess != null
          && clock.instant().isAfter(lastSuccess.plus(bounded(serving.getExpire())))) {
        log.accept(
            "secondary "
                + zone
                + ": expired (no transfer for "
                + serving.getExpire()
                + " s); not served");
        target.withdraw(zone);
        serving = null;
      }
      schedule(serving == null ? FIRST_RETRY : bounded(serving.getRetry()));
    }
  }

  private static Duration bounded(long seconds) {
    Duration d = Duration.ofSeconds(Math.max(0, seconds));
    return d.compareTo(MIN_TIMER) < 0 ? MIN_TIMER : d.compareTo(MAX_TIMER) > 0 ? MAX_TIMER : d;
  }
}
