package dev.hzone.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A plain HTTP client for emulator tests that checks every answer against openapi.json ({@link
 * OpenApiContract}) before handing it to the test.
 */
final class ApiTestClient {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final String token;
  private final Duration timeout;

  /** An answer. */
  record Response(int status, java.net.http.HttpHeaders headers, String text) {
    JsonObject json() {
      JsonElement e = JsonParser.parseString(text);
      return e.getAsJsonObject();
    }

    /** The error code of an error answer. */
    String errorCode() {
      return json().getAsJsonObject("error").get("code").getAsString();
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  ApiTestClient(URI endpoint, String token) {
    this(endpoint, token, Duration.ofSeconds(20));
  }

  /** A client that gives up on an answer after {@code timeout}. */
  ApiTestClient(URI endpoint, String token, Duration timeout) {
    this.endpoint = endpoint;
    this.token = token;
    this.timeout = timeout;
  }

  Response get(String path) {
    return send("GET", path, null, token);
  }

  /**
   * A GET whose answer is not checked against openapi.json: for answers that knowingly go beyond
   * the spec's enums, such as an RRSet of a type seeded through the state file (L-UNKNOWN-TYPE).
   */
  Response getBeyondSpec(String path) {
    return send("GET", path, null, token, false);
  }

  Response post(String path, String json) {
    return send("POST", path, json, token);
  }

  Response put(String path, String json) {
    return send("PUT", path, json, token);
  }

  Response delete(String path) {
    return send("DELETE", path, null, token);
  }

  /** Sends a request ({@code path} after {@code /v1}, may carry a query) and checks the answer. */
  Response send(String method, String path, String json, String withToken) {
    return send(method, path, json, withToken, true);
  }

  private Response send(
      String method, String path, String json, String withToken, boolean checkContract) {
    URI uri = URI.create(endpoint + path);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    if (withToken != null) {
      b.header("Authorization", "Bearer " + withToken);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (checkContract) {
      OpenApiContract.get().check(method, uri.getRawPath(), r.statusCode(), r.body());
    }
    return new Response(r.statusCode(), r.headers(), r.body());
  }
}
