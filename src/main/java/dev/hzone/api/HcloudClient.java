package dev.hzone.api;

import dev.hzone.api.schema.ActionsApi;
import dev.hzone.api.schema.RrsetsApi;
import dev.hzone.api.schema.ZonesApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The one entry point to the Hetzner Cloud API: one sub-client per resource ({@link #zones()},
 * {@link #rrsets()}, {@link #actions()} here; {@code servers()}, {@code volumes()} and the other
 * resources from {@link CloudResourceAccess}, backed by the {@link CloudResources} it holds),
 * sharing one HTTP pipeline with retries, rate-limit pacing and request logging (see {@link
 * Transport}). Thread-safe; build one per token and endpoint, and close it when done.
 *
 * <pre>{@code
 * try (HcloudClient client = HcloudClient.builder().token(token).build()) {
 *   Zone zone = client.zones().get("example.com").orElseThrow();
 *   Action a = client.rrsets().setRecords("example.com", RrsetKey.of("www", RecordType.A),
 *       List.of(RecordValue.of("203.0.113.10")));
 *   client.actionWaiter().waitFor(a);
 * }
 * }</pre>
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud">Cloud API reference</a>
 */
public final class HcloudClient implements CloudResourceAccess, AutoCloseable {
  /** The public endpoint. */
  public static final String DEFAULT_ENDPOINT = "https://api.hetzner.cloud/v1";

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final ExecutorService pageExecutor;
  private final RateLimitPacer pacer;
  private final ActionsApi actionsApi;
  private final Pages pages;
  private final CloudResources cloud;
  private final ZoneClient zones;
  private final RrsetClient rrsets;
  private final ActionClient actions;
  private final ActionWaiter actionWaiter;

  private HcloudClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.pacer = new RateLimitPacer(b.clock);
    Transport.Settings settings =
        new Transport.Settings(
            b.baseUrl,
            b.token,
            b.userAgent,
            b.connectTimeout,
            b.readTimeout,
            b.retry == null ? defaultRetry(b.random) : b.retry,
            b.listener,
            b.clock,
            b.sleeper);
    OkHttpClient base = b.http == null ? new OkHttpClient() : b.http;
    this.pageExecutor = Executors.newFixedThreadPool(b.pageConcurrency, daemonThreads());
    this.pages = new Pages(pageExecutor);
    // Built bottom-up so that calls go one way: the lock waits of the client's pipeline ask for
    // running actions
    // through a pipeline below it (same pacing, log and connections, no lock waits of its own).
    ActionsApi lockActions =
        Transport.retrofit(b.baseUrl, Transport.okHttp(base, settings, pacer, LockWaiter.NONE))
            .create(ActionsApi.class);
    LockWaiter lockWaiter =
        new RunningActionsWaiter(
            b.baseUrl,
            lockActions,
            pages,
            new ActionWaiter(new ActionClient(lockActions), b.poll, b.sleeper, b.clock));
    this.http = Transport.okHttp(base, settings, pacer, lockWaiter);
    Retrofit retrofit = Transport.retrofit(b.baseUrl, http);
    this.actionsApi = retrofit.create(ActionsApi.class);
    this.actions = new ActionClient(actionsApi);
    this.actionWaiter = new ActionWaiter(actions, b.poll, b.sleeper, b.clock);
    this.cloud = new CloudResources(retrofit, pages, this::resourceActions);
    this.zones = new ZoneClient(retrofit.create(ZonesApi.class), pages, resourceActions("zones"));
    this.rrsets = new RrsetClient(retrofit.create(RrsetsApi.class), pages);
  }

  /** A builder with the defaults: public endpoint, no token, 5 tries, 500 ms to 2.5 s polling. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The resources other than DNS ({@code servers()}, {@code volumes()}, ... are shortcuts into it).
   */
  @Override
  public CloudResources cloud() {
    return cloud;
  }

  /** DNS zones. */
  public ZoneClient zones() {
    return zones;
  }

  /** RRSets of DNS zones. */
  public RrsetClient rrsets() {
    return rrsets;
  }

  /** Actions by id. */
  public ActionClient actions() {
    return actions;
  }

  /** Waits for actions, polling all of them with one request per poll. */
  public ActionWaiter actionWaiter() {
    return actionWaiter;
  }

  /** The rate-limit budget as the last answer told it; empty before the first answer. */
  public Optional<RateLimitBudget> rateLimit() {
    return pacer.budget();
  }

  /**
   * Keeps {@code requests} of the project's rate-limit budget for other tools that share it (CI
   * jobs, Terraform): from now on a request is held back while sending it would leave fewer than
   * that many, as the last answer's headers tell the budget, so this client paces itself to the
   * refill rate above the reserve instead of spending it. 0 (the default) keeps nothing back.
   *
   * @throws IllegalArgumentException when {@code requests} is negative
   */
  public void reserveRateLimit(int requests) {
    pacer.keepInReserve(requests);
  }

  /**
   * From now on, tells {@code listener} about every request held back for the rate-limit budget,
   * before it waits (progress while a run paces itself). Replaces the listener set before.
   */
  public void onPacing(PacingListener listener) {
    pacer.listener(listener);
  }

  /** The endpoint requests go to, e.g. {@code https://api.hetzner.cloud/v1/}. */
  public String endpoint() {
    return baseUrl.toString();
  }

  ResourceActions resourceActions(String resource) {
    return new ResourceActions(resource, actionsApi, pages);
  }

  private static RetryOptions defaultRetry(Random random) {
    return new RetryOptions(
        5,
        Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60), random),
        Duration.ofSeconds(60));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "hzone-api-pages-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Stops the page-fetching threads and releases idle connections. */
  @Override
  public void close() {
    pageExecutor.shutdownNow();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "HcloudClient[endpoint=" + baseUrl + ", token=REDACTED]";
  }

  /** Configures an {@link HcloudClient}; every setting has a default. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_ENDPOINT + "/");
    private String token;
    private String userAgent = "hzone/" + version();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private RetryOptions retry;
    private PollOptions poll = PollOptions.DEFAULT;
    private RequestListener listener = RequestListener.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Random random = new Random();
    private OkHttpClient http;
    private int pageConcurrency = 4;

    private Builder() {}

    /**
     * The API's base URL (default {@value HcloudClient#DEFAULT_ENDPOINT}); a trailing slash is
     * optional.
     */
    public Builder endpoint(String url) {
      HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
      if (parsed == null) {
        throw new IllegalArgumentException("endpoint '" + url + "' is not an http or https URL");
      }
      this.baseUrl = parsed;
      return this;
    }

    /** The API token (sent as {@code Authorization: Bearer}, never logged). */
    public Builder token(String apiToken) {
      Objects.requireNonNull(apiToken, "token");
      for (char c : apiToken.toCharArray()) {
        if (c < 0x21 || c > 0x7e) {
          throw new IllegalArgumentException(
              "the API token contains a character not allowed in an HTTP header");
        }
      }
      this.token = apiToken;
      return this;
    }

    /** The {@code User-Agent}, default {@code hzone/<version>}. */
    public Builder userAgent(String ua) {
      this.userAgent = Objects.requireNonNull(ua, "userAgent");
      return this;
    }

    /** Connect and read time-outs (default 10 s and 60 s). */
    public Builder timeouts(Duration connect, Duration read) {
      this.connectTimeout = Objects.requireNonNull(connect, "connect");
      this.readTimeout = Objects.requireNonNull(read, "read");
      return this;
    }

    /** Retries (default 5 tries, jittered back-off from 1 s doubling to 60 s). */
    public Builder retry(RetryOptions options) {
      this.retry = Objects.requireNonNull(options, "retry");
      return this;
    }

    /** Action polling (default {@link PollOptions#DEFAULT}). */
    public Builder poll(PollOptions options) {
      this.poll = Objects.requireNonNull(options, "poll");
      return this;
    }

    /** Hears about every request (for {@code --verbose}); default none. */
    public Builder requestListener(RequestListener l) {
      this.listener = Objects.requireNonNull(l, "requestListener");
      return this;
    }

    /** The clock for rate-limit and time-out arithmetic (tests give a fake one). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /** How the client waits (tests give one that only records the waits). */
    public Builder sleeper(Sleeper s) {
      this.sleeper = Objects.requireNonNull(s, "sleeper");
      return this;
    }

    /** The source of back-off jitter. */
    public Builder random(Random r) {
      this.random = Objects.requireNonNull(r, "random");
      return this;
    }

    /** An OkHttp client to derive from (its connection pool, proxy, TLS settings are kept). */
    public Builder httpClient(OkHttpClient base) {
      this.http = Objects.requireNonNull(base, "httpClient");
      return this;
    }

    /** How many pages of one list are fetched at once (default 4). */
    public Builder pageConcurrency(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("pageConcurrency must be at least 1");
      }
      this.pageConcurrency = n;
      return this;
    }

    public HcloudClient build() {
      return new HcloudClient(this);
    }

    private static String version() {
      String v = HcloudClient.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }
  }
}
