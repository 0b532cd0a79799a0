package dev.hzone.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of the emulator that records each request's method, path with
 * query and body exactly as a client sent them, so that a test can show what an outside client
 * (hcloud) really puts on the wire. Only loopback: it binds 127.0.0.1 and forwards to the
 * emulator's loopback endpoint.
 */
final class RecordingProxy implements AutoCloseable {
  /** One request as received: {@code body} is {@code ""} when there was none. */
  record Exchange(String method, String pathAndQuery, String body) {
    @Override
    public String toString() {
      return method + " " + pathAndQuery + (body.isEmpty() ? "" : " " + body);
    }
  }

  private static final List<String> FORWARDED_REQUEST =
      List.of("Authorization", "Content-Type", "User-Agent");
  private static final List<String> FORWARDED_RESPONSE =
      List.of(
          "Content-Type",
          "RateLimit-Limit",
          "RateLimit-Remaining",
          "RateLimit-Reset",
          "Retry-After");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI upstream;
  private final List<Exchange> exchanges = new ArrayList<>();

  /** Starts a proxy for {@code upstream} (the emulator's {@code .../v1} endpoint). */
  RecordingProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(executor);
    server.start();
  }

  /** The endpoint to give the client, ending in {@code /v1} like the emulator's. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  /** Every request so far, in arrival order. */
  synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /**
   * Requests from this index on (take {@link #exchanges()}{@code .size()} before a command, read
   * after it).
   */
  synchronized List<Exchange> since(int index) {
    return List.copyOf(exchanges.subList(index, exchanges.size()));
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String raw =
          ex.getRequestURI().getRawPath()
              + (ex.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + ex.getRequestURI().getRawQuery());
      synchronized (this) {
        exchanges.add(
            new Exchange(ex.getRequestMethod(), raw, new String(body, StandardCharsets.UTF_8)));
      }
      String rest = raw.startsWith("/v1") ? raw.substring(3) : raw;
      HttpRequest.Builder rb =
          HttpRequest.newBuilder(URI.create(upstream + rest))
              .timeout(Duration.ofSeconds(60))
              .method(
                  ex.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      for (String h : FORWARDED_REQUEST) {
        String v = ex.getRequestHeaders().getFirst(h);
        if (v != null) {
          rb.header(h, v);
        }
      }
      HttpResponse<byte[]> r;
      try {
        r = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      for (String h : FORWARDED_RESPONSE) {
        r.headers().firstValue(h).ifPresent(v -> ex.getResponseHeaders().add(h, v));
      }
      byte[] answer = r.body();
      ex.sendResponseHeaders(r.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
