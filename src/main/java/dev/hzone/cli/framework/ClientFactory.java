package dev.hzone.cli.framework;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.RequestListener;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorException;
import dev.hzone.emulator.LocalEmulator;
import dev.hzone.sync.document.SerialCache;
import dev.hzone.tsig.SecretFileMode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Builds the {@link HcloudClient} a command uses, once per invocation (kept in {@link
 * Invocation#resources()} and closed when the command ends), from the global options and the
 * environment (CLI.md):
 *
 * <ul>
 *   <li>endpoint: {@code --endpoint}, else {@code HCLOUD_ENDPOINT}, else the context's {@code
 *       endpoint} preference, else {@value HcloudClient#DEFAULT_ENDPOINT}. Plain {@code http} only
 *       to this machine (loopback), so the token never travels unencrypted; TLS certificates are
 *       always verified;
 *   <li>token: {@code --token}, else {@code --token-file}, else {@code HCLOUD_TOKEN}, else the
 *       context named by {@code --context} or {@code HCLOUD_CONTEXT} or the hcloud CLI config's
 *       {@code active_context}, read with {@link HcloudConfig};
 *   <li>{@code --verbose}: one line per request on stderr (method, path, status, ms, request id);
 *   <li>{@code --local}: none of the above; the client talks to an emulator started in this process
 *       on free loopback ports, with its state in {@code --local-state DIR} ({@code .hzone/local}),
 *       closed with the invocation.
 * </ul>
 */
public final class ClientFactory {
  private ClientFactory() {}

  /** The client for this invocation, built on first use. */
  public static HcloudClient client(Invocation inv) {
    return inv.resources()
        .get(HcloudClient.class, () -> inv.globals().local() ? local(inv) : remote(inv));
  }

  /**
   * The in-process emulator of {@code --local}, started on first use and closed when the command
   * ends; for commands that also need its DNS address ({@link Emulator#dnsAddress()}).
   *
   * @throws IllegalStateException without {@code --local}
   */
  public static Emulator localEmulator(Invocation inv) {
    if (!inv.globals().local()) {
      throw new IllegalStateException("no --local emulator in this invocation");
    }
    return inv.resources()
        .get(
            Emulator.class,
            () -> {
              try {
                return LocalEmulator.start(
                    inv.globals().localState(),
                    java.util.Optional.empty(),
                    line -> inv.err().println("hzone (local emulator): " + line));
              } catch (EmulatorException e) {
                throw CliException.unavailable(
                    "--local: the built-in emulator cannot start: " + e.getMessage(), e);
              }
            });
  }

  /**
   * The DNS server of the {@code --local} emulator, empty when it runs none; the one place the
   * commands ask for it, so that they depend on the emulator through the framework only.
   *
   * @throws IllegalStateException without {@code --local}
   */
  public static java.util.Optional<java.net.InetSocketAddress> localDnsAddress(Invocation inv) {
    return localEmulator(inv).dnsAddress();
  }

  /** A client for the {@code --local} emulator; endpoint and token options do not apply. */
  static HcloudClient local(Invocation inv) {
    Emulator emu = localEmulator(inv);
    HcloudClient.Builder b =
        HcloudClient.builder().endpoint(emu.apiEndpoint().toString()).token(emu.token());
    b.requestListener(requestListener(inv));
    return b.build();
  }

  /**
   * The key of the project this invocation talks to, for caches: a digest of the endpoint and of
   * the token's digest (never the token); with {@code --local}, of the emulator's state directory.
   */
  public static String projectKey(Invocation inv) {
    if (inv.globals().local()) {
      return SerialCache.projectKey(
          "local:" + inv.globals().localState().toAbsolutePath().normalize(),
          localEmulator(inv).token());
    }
    Target t = target(inv);
    return SerialCache.projectKey(t.endpoint(), t.credential().token());
  }

  /** Where the API is and the credential for it. */
  private record Target(String endpoint, Credential credential) {}

  private static Target target(Invocation inv) {
    GlobalOptions g = inv.globals();
    // The hcloud CLI config is read only when it matters: for the token, or when a context is
    // named.
    boolean tokenGiven =
        g.token().isPresent() || g.tokenFile().isPresent() || inv.env("HCLOUD_TOKEN").isPresent();
    Optional<HcloudConfig.Context> context =
        tokenGiven && g.context().isEmpty() ? Optional.empty() : context(inv);
    String endpoint =
        g.endpoint()
            .or(() -> context.flatMap(HcloudConfig.Context::endpoint))
            .orElse(HcloudClient.DEFAULT_ENDPOINT);
    checkEndpoint(endpoint);
    Credential credential = token(inv, context);
    if (context.isPresent()
        && credential.source().startsWith("context ")
        && isPlainHttp(endpoint)
        && !context.get().endpoint().map(e -> sameUrl(e, endpoint)).orElse(false)) {
      // A redirected HCLOUD_ENDPOINT or --endpoint must not carry a production token to whatever
      // listens on a
      // local port: plain http gets a context's token only at the endpoint that context names.
      throw CliException.usage(
          "refusing to send the token of context '"
              + context.get().name()
              + "' over plain"
              + " http to "
              + endpoint
              + ", which is not that context's endpoint: pass this endpoint's own token"
              + " (HCLOUD_TOKEN or --token-file), or use a context whose endpoint it is");
    }
    return new Target(endpoint, credential);
  }

  private static boolean isPlainHttp(String endpoint) {
    return endpoint.regionMatches(true, 0, "http:", 0, 5);
  }

  private static boolean sameUrl(String a, String b) {
    return URI.create(a.replaceAll("/+$", ""))
        .normalize()
        .equals(URI.create(b.replaceAll("/+$", "")).normalize());
  }

  /** A client for the Cloud API (or a compatible server) at the configured endpoint. */
  static HcloudClient remote(Invocation inv) {
    Target t = target(inv);
    Credential credential = t.credential();
    HcloudClient.Builder b = HcloudClient.builder().endpoint(t.endpoint());
    try {
      b.token(credential.token());
    } catch (IllegalArgumentException e) {
      throw CliException.data(
          "the API token from " + credential.source() + " is not valid: " + e.getMessage());
    }
    b.requestListener(requestListener(inv));
    return b.build();
  }

  /**
   * Counts every request ({@link RequestCounter}) and, with {@code --verbose}, prints one line for
   * it.
   */
  private static RequestListener requestListener(Invocation inv) {
    RequestCounter counter = RequestCounter.of(inv);
    boolean verbose = inv.globals().verbose();
    return log -> {
      counter.increment();
      if (verbose) {
        inv.err().println("http: " + log.toLine());
      }
    };
  }

  /** A token and where it came from (for messages; never the token itself). */
  record Credential(String token, String source) {
    @Override
    public String toString() {
      return "Credential[token=REDACTED, source=" + source + "]";
    }
  }

  static Credential token(Invocation inv, Optional<HcloudConfig.Context> context) {
    GlobalOptions g = inv.globals();
    if (g.token().isPresent()) {
      return new Credential(g.token().get().trim(), "--token");
    }
    if (g.tokenFile().isPresent()) {
      return fromFile(inv, g.tokenFile().get());
    }
    Optional<String> env = inv.env("HCLOUD_TOKEN");
    if (env.isPresent()) {
      if (g.context().isPresent()) {
        inv.warn("HCLOUD_TOKEN overrides the token of context '" + g.context().get() + "'");
      }
      return new Credential(env.get().trim(), "HCLOUD_TOKEN");
    }
    if (context.isPresent() && !context.get().token().isBlank()) {
      return new Credential(context.get().token().trim(), "context '" + context.get().name() + "'");
    }
    if (context.isPresent()) {
      throw CliException.data(
          "context '"
              + context.get().name()
              + "' in "
              + HcloudConfig.locate(inv.env())
              + " has no token");
    }
    throw CliException.usage(
        "no API token: set HCLOUD_TOKEN, pass --token-file FILE, or create a context with 'hzone context create"
            + " NAME' (or run against the built-in emulator with --local)");
  }

  private static Credential fromFile(Invocation inv, Path file) {
    SecretFileMode.looseModeWarning(file, "an API token").ifPresent(inv::warnOnce);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw CliException.data(
          "cannot read the token file " + file + ": " + ErrorReporter.reason(e));
    }
    if (text.isEmpty()) {
      throw CliException.data("the token file " + file + " is empty");
    }
    return new Credential(text, "--token-file " + file);
  }

  /** The hcloud CLI context in use: {@code --context}, {@code HCLOUD_CONTEXT} or the active one. */
  static Optional<HcloudConfig.Context> context(Invocation inv) {
    Path file = HcloudConfig.locate(inv.env());
    boolean exists = Files.exists(file);
    Optional<String> flag = inv.globals().context();
    if (!exists && flag.isEmpty()) {
      return Optional.empty();
    }
    HcloudConfig config = HcloudConfig.load(file);
    config.looseModeWarning().ifPresent(inv::warn);
    Optional<String> name = flag.or(() -> config.effectiveContextName(inv.env()));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<HcloudConfig.Context> c = config.context(name.get());
    if (c.isEmpty()) {
      String known =
          config.contextNames().isEmpty() ? "none" : String.join(", ", config.contextNames());
      throw CliException.usage(
          "no context '" + name.get() + "' in " + file + " (contexts: " + known + ")");
    }
    return c;
  }

  /**
   * Refuses an endpoint that is not a URL, or plain http to another machine (the token would be
   * readable).
   */
  public static void checkEndpoint(String endpoint) {
    URI uri;
    try {
      uri = new URI(endpoint);
    } catch (URISyntaxException e) {
      throw CliException.usage("endpoint '" + endpoint + "' is not a URL");
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw CliException.usage(
          "endpoint '"
              + endpoint
              + "' is not an http(s) URL such as "
              + HcloudClient.DEFAULT_ENDPOINT);
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw CliException.usage(
          "refusing to send the API token unencrypted to "
              + uri.getHost()
              + ": use https (plain http is only allowed to this machine, e.g. the emulator on 127.0.0.1)");
    }
  }

  /**
   * Whether {@code endpoint} is an http(s) URL of this machine (the emulator), by its literal host.
   */
  public static boolean isLoopbackEndpoint(String endpoint) {
    try {
      String host = new URI(endpoint).getHost();
      return host != null && isLoopback(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false; // a name: do not resolve it, since DNS could point it anywhere
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
