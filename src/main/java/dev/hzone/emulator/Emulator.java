package dev.hzone.emulator;

import dev.hzone.axfr.AxfrLimits;
import dev.hzone.emulator.actions.Actions;
import dev.hzone.emulator.actions.Scheduler;
import dev.hzone.emulator.dns.NotifyHandler;
import dev.hzone.emulator.dnsapi.DnsApi;
import dev.hzone.emulator.dnsapi.NameserverSets;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.secondary.SecondaryZones;
import dev.hzone.emulator.state.StateFileException;
import dev.hzone.emulator.state.StateFiles;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.AccessLog;
import dev.hzone.emulator.web.ApiServer;
import dev.hzone.emulator.web.Fault;
import dev.hzone.emulator.web.FaultPolicy;
import dev.hzone.emulator.web.RateLimiter;
import dev.hzone.emulator.web.Router;
import dev.hzone.emulator.web.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A running emulator of the Hetzner Cloud API and of Hetzner's authoritative DNS for its zones (the
 * {@link dev.hzone.emulator.dns.DnsServer} on {@link EmulatorOptions#dnsListen()}, unless another
 * {@link ZoneServer.Factory} is given).
 *
 * <pre>{@code
 * try (Emulator emu = Emulator.builder(EmulatorOptions.defaults().withListen(loopback0)).start()) {
 *   URI endpoint = emu.apiEndpoint();   // http://127.0.0.1:PORT/v1
 *   String token = emu.token();         // send as "Authorization: Bearer TOKEN"
 * }
 * }</pre>
 */
public final class Emulator implements AutoCloseable {
  private final ApiServer api;
  private final Optional<ZoneServer> dns;
  private final String token;
  private final FaultPolicy faults;
  private final Deque<AutoCloseable> closeables;

  private Emulator(
      ApiServer api,
      Optional<ZoneServer> dns,
      String token,
      FaultPolicy faults,
      Deque<AutoCloseable> closeables) {
    this.api = api;
    this.dns = dns;
    this.token = token;
    this.faults = faults;
    this.closeables = closeables;
  }

  /** A builder for an emulator with {@code options}. */
  public static Builder builder(EmulatorOptions options) {
    return new Builder(options);
  }

  /** The API's base URL, {@code http://HOST:PORT/v1}. */
  public URI apiEndpoint() {
    InetSocketAddress a = api.address();
    return URI.create("http://" + hostPort(a) + "/v1");
  }

  /** The address the API listens on. */
  public InetSocketAddress apiAddress() {
    return api.address();
  }

  /** The DNS server's address, when one runs. */
  public Optional<InetSocketAddress> dnsAddress() {
    return dns.map(ZoneServer::address);
  }

  /** The token the API accepts. */
  public String token() {
    return token;
  }

  /** The faults injected so far ({@code --faults}), by kind; kinds never injected are missing. */
  public Map<Fault, Long> injectedFaults() {
    return faults.injected();
  }

  /**
   * {@code hzone emulator: api http://HOST:PORT/v1 dns HOST:PORT} (dns {@code -} when none runs).
   */
  public String readyLine() {
    return "hzone emulator: api "
        + apiEndpoint()
        + " dns "
        + dnsAddress().map(Emulator::hostPort).orElse("-");
  }

  private static String hostPort(InetSocketAddress a) {
    String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  /** Stops serving; the state directory is released. */
  @Override
  public void close() {
    synchronized (closeables) {
      while (!closeables.isEmpty()) {
        try {
          closeables.pop().close();
        } catch (Exception ignored) {
          // closing is best effort
        }
      }
    }
  }

  /** Builds and starts an emulator. */
  public static final class Builder {
    private final EmulatorOptions options;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private Consumer<String> log = line -> {};
    private Optional<ZoneServer.Factory> zoneServer = Optional.empty();
    private boolean dnsEnabled = true;
    private int rateLimit = RateLimiter.LIMIT;
    private java.util.OptionalInt rateLimitRemaining = java.util.OptionalInt.empty();
    private int maxBodyBytes = ApiServer.DEFAULT_MAX_BODY_BYTES;
    private Duration stateLockWait = Duration.ZERO;
    private ZonePublisher extraPublisher = ZonePublisher.NONE;
    private NameserverSets nameservers = NameserverSets.HETZNER;
    private ApiServer.ExchangeObserver observer = ApiServer.ExchangeObserver.NONE;
    private boolean followPrimaries;

    private Builder(EmulatorOptions options) {
      this.options = Objects.requireNonNull(options, "options");
    }

    /** The clock of actions, serials and rate limits (default: the system clock). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /** How latency is waited (default: {@link Thread#sleep}). */
    public Builder sleeper(Sleeper s) {
      this.sleeper = Objects.requireNonNull(s);
      return this;
    }

    /** Where the emulator's own log lines go (default: nowhere). */
    public Builder log(Consumer<String> l) {
      this.log = Objects.requireNonNull(l);
      return this;
    }

    /**
     * The DNS server to start on {@link EmulatorOptions#dnsListen()} (default: the emulator's
     * DnsServer).
     */
    public Builder zoneServer(ZoneServer.Factory f) {
      this.zoneServer = Optional.of(f);
      return this;
    }

    /**
     * No DNS server: zones are only published to {@link #publisher} (for tests that need no DNS
     * port).
     */
    public Builder noDns() {
      this.dnsEnabled = false;
      return this;
    }

    /**
     * Requests per hour per token (default the API's 3,600); tests lower it to reach the limit
     * quickly.
     */
    public Builder rateLimit(int perHour) {
      if (perHour < 1) {
        throw new IllegalArgumentException("the rate limit must be at least 1 per hour");
      }
      this.rateLimit = perHour;
      return this;
    }

    /**
     * The project's budget starts with {@code requests} left instead of full, or of what the state
     * directory saved (tests and benchmarks of runs the budget cannot cover).
     */
    public Builder rateLimitRemaining(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("the budget left must not be negative");
      }
      this.rateLimitRemaining = java.util.OptionalInt.of(requests);
      return this;
    }

    /**
     * The largest request body read (default {@link ApiServer#DEFAULT_MAX_BODY_BYTES}); larger is
     * {@code 413}.
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the body limit must be at least one byte");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * How long to wait while another emulator holds the state directory (default: not at all).
     * {@code --local} commands wait, so that two of them started at once run one after the other.
     */
    public Builder stateLockWait(Duration d) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("the wait must not be negative");
      }
      this.stateLockWait = d;
      return this;
    }

    /** Sees every answer sent (tests validate each against the API's schema). */
    public Builder observer(ApiServer.ExchangeObserver o) {
      this.observer = Objects.requireNonNull(o);
      return this;
    }

    /**
     * Secondary zones transfer their zone from their primary nameservers (AXFR, with the zone's
     * TSIG key), follow the primary's SOA timers and NOTIFY, and the DNS server serves what they
     * transferred. Off by default: the emulator then never connects anywhere by itself.
     */
    public Builder followPrimaries() {
      this.followPrimaries = true;
      return this;
    }

    /**
     * The Hetzner nameservers to assign to zones (default {@link NameserverSets#HETZNER}); tests
     * give others to catch code that assumes Hetzner's usual names instead of reading a zone's.
     */
    public Builder nameservers(NameserverSets sets) {
      this.nameservers = Objects.requireNonNull(sets);
      return this;
    }

    /** Another receiver of the published zones (tests watch publications through it). */
    public Builder publisher(ZonePublisher p) {
      this.extraPublisher = Objects.requireNonNull(p);
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @throws EmulatorException when the state is unusable or an address cannot be bound
     */
    public Emulator start() {
      Deque<AutoCloseable> closeables = new ArrayDeque<>();
      try {
        return start(closeables);
      } catch (RuntimeException e) {
        while (!closeables.isEmpty()) {
          try {
            closeables.pop().close();
          } catch (Exception ignored) {
            // already failing
          }
        }
        throw e;
      }
    }

    private Emulator start(Deque<AutoCloseable> closeables) {
      StateStore store;
      Optional<StateFiles> stateFiles = Optional.empty();
      if (options.stateDir().isPresent()) {
        try {
          StateFiles files =
              StateFiles.open(options.stateDir().get(), stateLockWait, sleeper::sleep);
          closeables.push(files);
          stateFiles = Optional.of(files);
          store = StateStore.persistent(clock, files);
        } catch (StateFileException e) {
          throw new EmulatorException(e.getMessage(), e);
        }
      } else {
        store = StateStore.inMemory(clock);
      }
      String token = options.token().orElseGet(Builder::generateToken);
      Optional<ZoneServer> dns = Optional.empty();
      // TSIG with real primaries needs the real time, whatever clock the API's actions run on.
      Optional<SecondaryZones> secondaries =
          followPrimaries && dnsEnabled
              ? Optional.of(new SecondaryZones(AxfrLimits.defaults(), Clock.systemUTC(), log))
              : Optional.empty();
      if (dnsEnabled) {
        ZoneServer.Factory dnsFactory =
            zoneServer.orElse(
                DnsZoneServer.factory(
                    options.dnsDelay(),
                    log,
                    secondaries.<NotifyHandler>map(s -> s).orElse(NotifyHandler.NONE)));
        try {
          ZoneServer server = dnsFactory.start(options.dnsListen());
          closeables.push(server);
          dns = Optional.of(server);
        } catch (IOException e) {
          // The DNS server's own message names the address already; say it once.
          String why = String.valueOf(e.getMessage());
          throw new EmulatorException(
              (why.startsWith("cannot serve DNS on ")
                      ? why
                      : "cannot serve DNS on " + hostPort(options.dnsListen()) + ": " + why)
                  + " (choose another --dns-listen)",
              e);
        }
      }
      ZonePublisher served = dns.<ZonePublisher>map(x -> x).orElse(ZonePublisher.NONE);
      if (secondaries.isPresent()) {
        closeables.push(secondaries.get());
        secondaries.get().attach(served);
        served = secondaries.get();
      }
      ZonePublisher publisher = ZonePublisher.fanOut(served, extraPublisher);
      Scheduler scheduler = Scheduler.timer(clock, log);
      closeables.push(scheduler);
      Router router = new Router();
      DnsApi dnsApi =
          ApiRoutes.register(
              router,
              store,
              new Actions(options.actionDuration()),
              scheduler,
              publisher,
              nameservers,
              new Random(options.seed() ^ 0x5DEECE66DL));
      dnsApi.publishAll();
      AccessLog accessLog;
      try {
        accessLog = options.accessLog().map(AccessLog::toFile).orElse(AccessLog.NONE);
      } catch (UncheckedIOException e) {
        throw new EmulatorException(e.getMessage(), e);
      }
      closeables.push(accessLog);
      FaultPolicy faults = new FaultPolicy(options.faultRate(), new Random(options.seed()));
      RateLimiter limiter = new RateLimiter(clock, rateLimit);
      stateFiles.ifPresent(files -> keepBudget(files, limiter, closeables));
      rateLimitRemaining.ifPresent(n -> limiter.restore(RateLimiter.PROJECT, n, clock.millis()));
      ApiServer.Settings settings =
          new ApiServer.Settings(
              token,
              options.latency(),
              faults,
              accessLog,
              limiter,
              sleeper,
              log,
              observer,
              maxBodyBytes);
      ApiServer api;
      try {
        api = ApiServer.start(options.listen(), router, settings);
      } catch (IOException e) {
        throw new EmulatorException(
            "cannot serve the API on "
                + hostPort(options.listen())
                + ": "
                + e.getMessage()
                + " (choose another --listen)",
            e);
      }
      closeables.push(api);
      exposureWarning(api.address(), dns.map(ZoneServer::address)).ifPresent(log);
      return new Emulator(api, dns, token, faults, closeables);
    }

    /**
     * Carries the project's rate-limit budget across runs on one state directory, as the API keeps
     * one budget per project whatever process asks (common.md §7): the budget saved when the last
     * emulator stopped is taken up again, refilled for the time in between, and saved again when
     * this one stops (after its API, before the state directory is released). A budget saved under
     * another limit starts full. An emulator that is killed saves nothing, so the next starts with
     * the budget saved before.
     */
    private void keepBudget(
        StateFiles files, RateLimiter limiter, Deque<AutoCloseable> closeables) {
      files
          .readRateLimit()
          .filter(b -> b.limit() == limiter.limit())
          .ifPresent(b -> limiter.restore(RateLimiter.PROJECT, b.remaining(), b.savedAtMillis()));
      closeables.push(
          () ->
              files.writeRateLimit(
                  new StateFiles.SavedRateLimit(
                      limiter.limit(), limiter.remaining(RateLimiter.PROJECT), clock.millis())));
    }

    /**
     * A loud warning when the API or DNS server is bound to an address other machines may reach:
     * the DNS server answers AXFR and ANY for every zone to anyone, and the API is guarded by one
     * token sent in clear text.
     */
    static Optional<String> exposureWarning(
        InetSocketAddress api, Optional<InetSocketAddress> dns) {
      List<String> exposed = new ArrayList<>();
      if (!api.getAddress().isLoopbackAddress()) {
        exposed.add("the API on " + hostPort(api));
      }
      dns.filter(d -> !d.getAddress().isLoopbackAddress())
          .ifPresent(d -> exposed.add("DNS on " + hostPort(d)));
      if (exposed.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          "WARNING: serving "
              + String.join(" and ", exposed)
              + ", which other machines may reach."
              + " The DNS server answers zone transfers (AXFR) and ANY queries for every zone to anyone, and the API"
              + " token travels in clear text over http. Bind to 127.0.0.1 unless this is what you want.");
    }

    /** A 64-character token, as long as real ones, from a secure source. */
    static String generateToken() {
      String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      SecureRandom r = new SecureRandom();
      StringBuilder sb = new StringBuilder(64);
      for (int i = 0; i < 64; i++) {
        sb.append(chars.charAt(r.nextInt(chars.length())));
      }
      return sb.toString();
    }
  }
}
