package dev.hzone.emulator.web;

import com.google.gson.JsonElement;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The HTTP side of the emulator on the JDK's {@link HttpServer}: every request under {@code /v1}
 * goes through the same steps, in this order, as far as they can be observed from outside the real
 * API:
 *
 * <ol>
 *   <li>the configured latency;
 *   <li>the rate limit (all requests, with {@code RateLimit-*} headers on every answer): one budget
 *       for the valid token, one per client address for requests without it;
 *   <li>routing: unknown paths answer {@code 404 not_found} naming the path, known paths with
 *       another method {@code 405 method_not_allowed}, both before authentication as the API does;
 *   <li>authentication ({@code Authorization: Bearer TOKEN}, else {@code 401 unauthorized});
 *   <li>fault injection;
 *   <li>the request body, read only now and at most {@link Settings#maxBodyBytes()} of it ({@code
 *       413});
 *   <li>the route's handler, whose {@link ApiError}s become error answers;
 *   <li>one access-log line, written before the answer is sent.
 * </ol>
 *
 * <p>An unauthenticated client therefore never makes the server read or hold a body. A client that
 * sends its request slowly loses the connection after {@link #REQUEST_DEADLINE} (headers and body
 * together), and a client that reads its answer slowly after {@link #RESPONSE_DEADLINE}; worker
 * threads are many and made on demand, so that a few slow clients cannot keep others waiting.
 */
public final class ApiServer implements AutoCloseable {
  /** How long a client may take to send one whole request, headers and body. */
  public static final Duration REQUEST_DEADLINE = Duration.ofSeconds(20);

  /** How long a client may take to read one whole answer. */
  public static final Duration RESPONSE_DEADLINE = Duration.ofSeconds(60);

  /** The most request bodies read at once, and so the most worker threads. */
  static final int MAX_WORKERS = 256;

  /** The default largest request body: far above a zone file of 100,000 records (about 5 MB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Router router;
  private final Settings settings;
  private final AtomicLong requestIds = new AtomicLong();

  /**
   * How the server behaves.
   *
   * @param token the one accepted API token
   * @param latency added before every answer
   * @param faults injected failures
   * @param accessLog where request lines go
   * @param limiter the rate limit
   * @param sleeper how latency is waited
   * @param log the emulator's own log (internal errors)
   * @param observer told about every answer sent (tests check each against the API's schema)
   * @param maxBodyBytes the largest request body read; a larger one is answered {@code 413}
   */
  public record Settings(
      String token,
      Duration latency,
      FaultPolicy faults,
      AccessLog accessLog,
      RateLimiter limiter,
      Sleeper sleeper,
      Consumer<String> log,
      ExchangeObserver observer,
      int maxBodyBytes) {
    public Settings {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(faults, "faults");
      Objects.requireNonNull(accessLog, "accessLog");
      Objects.requireNonNull(limiter, "limiter");
      Objects.requireNonNull(sleeper, "sleeper");
      Objects.requireNonNull(log, "log");
      Objects.requireNonNull(observer, "observer");
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("the body limit must be at least one byte");
      }
    }
  }

  /** Sees every answer the server sends. */
  @FunctionalInterface
  public interface ExchangeObserver {
    /**
     * @param method the request's method
     * @param path the request's path, without query
     * @param status the status sent
     * @param body the body sent ({@code ""} for none)
     */
    void answered(String method, String path, int status, String body);

    /** Sees nothing. */
    ExchangeObserver NONE = (m, p, s, b) -> {};
  }

  private ApiServer(HttpServer server, ExecutorService executor, Router router, Settings settings) {
    this.server = server;
    this.executor = executor;
    this.router = router;
    this.settings = settings;
  }

  /** Binds {@code listen} and starts serving. */
  public static ApiServer start(InetSocketAddress listen, Router router, Settings settings)
      throws IOException {
    // The JDK server writes headers and body in separate packets; with Nagle's algorithm on, the
    // body then
    // waits for the client's delayed ACK (40 ms on Linux) on every answer. This switch is read
    // once, when the
    // first HttpServer of the JVM is created.
    setDefault("sun.net.httpserver.nodelay", "true");
    // The JDK server closes connections whose request (headers and body) or answer takes longer
    // than these;
    // its timer looks once a second. Read once, when the first HttpServer of the JVM is created.
    setDefault("sun.net.httpserver.maxReqTime", Long.toString(REQUEST_DEADLINE.toSeconds()));
    setDefault("sun.net.httpserver.maxRspTime", Long.toString(RESPONSE_DEADLINE.toSeconds()));
    HttpServer server = HttpServer.create(listen, 64);
    // The JDK server reads headers on the executor's threads, so a slow client holds one until its
    // deadline:
    // threads are made on demand up to MAX_WORKERS and end when idle, instead of a small fixed
    // pool.
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            MAX_WORKERS,
            MAX_WORKERS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "hzone-emulator-http");
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    ApiServer api = new ApiServer(server, executor, router, settings);
    server.createContext("/", api::handle);
    server.setExecutor(executor);
    server.start();
    return api;
  }

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** The address actually bound (the port is chosen by the system when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      URI uri = ex.getRequestURI();
      String method = ex.getRequestMethod();
      String rawPath = uri.getRawPath();
      String rawQuery = uri.getRawQuery();
      String logPath = rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
      Outcome outcome = answer(ex, method, rawPath, rawQuery);
      if (outcome.dropped()) {
        settings.accessLog().record(method, logPath, 0);
        return; // closing the exchange without headers closes the connection
      }
      // Logged before the answer goes out, so that a client holding the answer finds its line in
      // the log.
      settings.accessLog().record(method, logPath, outcome.status());
      String sent = write(ex, outcome);
      settings.observer().answered(method, rawPath, outcome.status(), sent);
    }
  }

  private record Outcome(
      int status,
      Optional<JsonElement> body,
      Map<String, String> headers,
      RateLimiter.Decision rate,
      boolean dropped) {}

  private Outcome answer(HttpExchange ex, String method, String rawPath, String rawQuery) {
    try {
      settings.sleeper().sleep(settings.latency());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String auth = Optional.ofNullable(ex.getRequestHeaders().getFirst("Authorization")).orElse("");
    boolean authenticated = isValid(auth);
    RateLimiter.Decision rate =
        settings
            .limiter()
            .take(authenticated ? RateLimiter.PROJECT : "client " + clientAddress(ex));
    try {
      if (!rate.allowed()) {
        throw ApiError.rateLimitExceeded();
      }
      if (!(rawPath.equals("/v1") || rawPath.startsWith("/v1/"))) {
        throw ApiError.notFound("api route not found: " + method + " " + rawPath);
      }
      Router.Resolution res = router.resolve(method, rawPath.substring(3));
      if (res.route().isEmpty()) {
        if (res.allowedMethods().isEmpty()) {
          throw ApiError.notFound(
              "api route not found: " + method + " " + rawPath + " (not emulated by hzone)");
        }
        throw ApiError.methodNotAllowed("method " + method + " is not allowed for " + rawPath);
      }
      if (!authenticated) {
        throw ApiError.unauthorized(
            auth.isEmpty() ? "token is required" : "the token you have provided is invalid");
      }
      Optional<Fault> fault = settings.faults().next(method);
      if (fault.isPresent() && fault.get().isErrorAnswer()) {
        throw fault.get().toError();
      }
      String body = readBody(ex);
      ApiRequest req =
          new ApiRequest(
              method,
              rawPath,
              res.params(),
              Query.parse(rawQuery),
              body,
              origin(ex),
              fault.orElse(null) == Fault.ACTION_ERROR);
      ApiResponse r = res.route().get().handler().handle(req);
      boolean drop = fault.orElse(null) == Fault.CONNECTION_DROPPED;
      return new Outcome(r.status(), r.body(), r.headers(), rate, drop);
    } catch (ApiError e) {
      return new Outcome(e.status(), Optional.of(e.toJson()), Map.of(), rate, false);
    } catch (IOException e) {
      return new Outcome(
          0, Optional.empty(), Map.of(), rate, true); // the client went away mid-body
    } catch (RuntimeException e) {
      settings.log().accept("internal error on " + method + " " + rawPath + ": " + e);
      ApiError err =
          new ApiError(500, "server_error", "internal error in the hzone emulator: " + e, null);
      return new Outcome(500, Optional.of(err.toJson()), Map.of(), rate, false);
    }
  }

  private boolean isValid(String auth) {
    byte[] given = auth.getBytes(StandardCharsets.UTF_8);
    byte[] expected = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }

  private static String clientAddress(HttpExchange ex) {
    InetSocketAddress remote = ex.getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }

  /**
   * The request body, refused with {@code 413} when it is larger than the limit: by its announced
   * length before any of it is read, else after reading one byte past the limit. The JDK server
   * then discards a little of what is left and closes the connection, so the rest is never read.
   */
  private String readBody(HttpExchange ex) throws IOException {
    int max = settings.maxBodyBytes();
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > max) {
          throw ApiError.payloadTooLarge(max);
        }
      } catch (NumberFormatException e) {
        // the JDK server has already refused a malformed length; nothing to add
      }
    }
    byte[] bytes = ex.getRequestBody().readNBytes(max + 1);
    if (bytes.length > max) {
      throw ApiError.payloadTooLarge(max);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private String origin(HttpExchange ex) {
    String host = ex.getRequestHeaders().getFirst("Host");
    if (host == null || host.isEmpty()) {
      InetSocketAddress a = ex.getLocalAddress();
      host = a.getHostString() + ":" + a.getPort();
    }
    return "http://" + host;
  }

  /** Sends the answer; returns the body text sent. */
  private String write(HttpExchange ex, Outcome o) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("RateLimit-Limit", Integer.toString(o.rate().limit()));
    h.set("RateLimit-Remaining", Integer.toString(o.rate().remaining()));
    h.set("RateLimit-Reset", Long.toString(o.rate().resetEpochSecond()));
    h.set("X-Correlation-Id", String.format("%016x", requestIds.incrementAndGet()));
    o.headers().forEach(h::set);
    if (o.body().isEmpty()) {
      ex.sendResponseHeaders(o.status(), -1);
      return "";
    }
    String text = Json.GSON.toJson(o.body().get());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    h.set("Content-Type", "application/json");
    ex.sendResponseHeaders(o.status(), bytes.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(bytes);
    }
    return text;
  }
}
