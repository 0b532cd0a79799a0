package dev.hzone.emulator;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an emulator runs ({@code hzone emulator} options).
 *
 * @param listen API address ({@code --listen}); port 0 picks a free port
 * @param dnsListen DNS address, UDP and TCP ({@code --dns-listen}); port 0 picks a free port
 * @param stateDir where state is kept ({@code --state}); empty keeps it in memory
 * @param token the accepted API token ({@code --token}); empty generates one
 * @param latency added to every answer ({@code --latency MS})
 * @param actionDuration how long every action runs ({@code --action-ms MS})
 * @param faultRate probability that a request meets an injected fault ({@code --faults RATE})
 * @param seed seed of the fault decisions and other random choices ({@code --seed N})
 * @param accessLog where to write one line per request ({@code --access-log FILE})
 * @param dnsDelay how long after an action has finished its change is served over DNS ({@code
 *     --dns-delay MS}), to imitate the lag of Hetzner's nameservers
 */
public record EmulatorOptions(
    InetSocketAddress listen,
    InetSocketAddress dnsListen,
    Optional<Path> stateDir,
    Optional<String> token,
    Duration latency,
    Duration actionDuration,
    double faultRate,
    long seed,
    Optional<Path> accessLog,
    Duration dnsDelay) {

  /** The API's default address. */
  public static final InetSocketAddress DEFAULT_LISTEN = new InetSocketAddress("127.0.0.1", 8780);

  /** The DNS server's default address. */
  public static final InetSocketAddress DEFAULT_DNS_LISTEN =
      new InetSocketAddress("127.0.0.1", 8753);

  /** How long actions run by default: short, but long enough that clients see them running. */
  public static final Duration DEFAULT_ACTION_DURATION = Duration.ofMillis(200);

  public EmulatorOptions {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(dnsListen, "dnsListen");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(actionDuration, "actionDuration");
    Objects.requireNonNull(accessLog, "accessLog");
    Objects.requireNonNull(dnsDelay, "dnsDelay");
    if (latency.isNegative() || actionDuration.isNegative() || dnsDelay.isNegative()) {
      throw new IllegalArgumentException(
          "latency, action duration and DNS delay must not be negative");
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("fault rate must be between 0 and 1, not " + faultRate);
    }
    if (token.isPresent()
        && (token.get().isEmpty() || !token.get().chars().allMatch(c -> c > 32 && c < 127))) {
      throw new IllegalArgumentException("the token must be printable ASCII without spaces");
    }
  }

  /** The defaults of {@code hzone emulator}: loopback, in memory, generated token, no faults. */
  public static EmulatorOptions defaults() {
    return new EmulatorOptions(
        DEFAULT_LISTEN,
        DEFAULT_DNS_LISTEN,
        Optional.empty(),
        Optional.empty(),
        Duration.ZERO,
        DEFAULT_ACTION_DURATION,
        0,
        0,
        Optional.empty(),
        Duration.ZERO);
  }

  public EmulatorOptions withListen(InetSocketAddress a) {
    return new EmulatorOptions(
        a,
        dnsListen,
        stateDir,
        token,
        latency,
        actionDuration,
        faultRate,
        seed,
        accessLog,
        dnsDelay);
  }

  public EmulatorOptions withDnsListen(InetSocketAddress a) {
    return new EmulatorOptions(
        listen, a, stateDir, token, latency, actionDuration, faultRate, seed, accessLog, dnsDelay);
  }

  public EmulatorOptions withStateDir(Path dir) {
    return new EmulatorOptions(
        listen,
        dnsListen,
        Optional.of(dir),
        token,
        latency,
        actionDuration,
        faultRate,
        seed,
        accessLog,
        dnsDelay);
  }

  public EmulatorOptions withToken(String t) {
    return new EmulatorOptions(
        listen,
        dnsListen,
        stateDir,
        Optional.of(t),
        latency,
        actionDuration,
        faultRate,
        seed,
        accessLog,
        dnsDelay);
  }

  public EmulatorOptions withLatency(Duration d) {
    return new EmulatorOptions(
        listen,
        dnsListen,
        stateDir,
        token,
        d,
        actionDuration,
        faultRate,
        seed,
        accessLog,
        dnsDelay);
  }

  public EmulatorOptions withActionDuration(Duration d) {
    return new EmulatorOptions(
        listen, dnsListen, stateDir, token, latency, d, faultRate, seed, accessLog, dnsDelay);
  }

  public EmulatorOptions withFaults(double rate, long newSeed) {
    return new EmulatorOptions(
        listen,
        dnsListen,
        stateDir,
        token,
        latency,
        actionDuration,
        rate,
        newSeed,
        accessLog,
        dnsDelay);
  }

  public EmulatorOptions withAccessLog(Path file) {
    return new EmulatorOptions(
        listen,
        dnsListen,
        stateDir,
        token,
        latency,
        actionDuration,
        faultRate,
        seed,
        Optional.of(file),
        dnsDelay);
  }

  public EmulatorOptions withDnsDelay(Duration d) {
    return new EmulatorOptions(
        listen, dnsListen, stateDir, token, latency, actionDuration, faultRate, seed, accessLog, d);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "EmulatorOptions[listen="
        + listen
        + ", dnsListen="
        + dnsListen
        + ", stateDir="
        + stateDir
        + ", token="
        + (token.isPresent() ? "REDACTED" : "generated")
        + ", latency="
        + latency
        + ", actionDuration="
        + actionDuration
        + ", faultRate="
        + faultRate
        + ", seed="
        + seed
        + ", accessLog="
        + accessLog
        + ", dnsDelay="
        + dnsDelay
        + "]";
  }
}
