package dev.hzone.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Takes the secrets a request carried (the API token, TSIG keys of secondary zones) out of the error answer
 * to it, before the answer becomes an {@link ApiException} whose message people and CI logs see. The API
 * does not quote them back, but a proxy, a gateway or a future error message might, and hzone prints error
 * messages as they come. Innermost of the interceptors, so that it sees the request with its token.
 */
final class SecretScrubInterceptor implements Interceptor {
  /** Error bodies larger than this are passed on untouched: no error message is this long. */
  private static final long MAX_BODY = 1 << 20;

  static final String REDACTED = "REDACTED";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (response.code() < 400 || body == null || body.contentLength() > MAX_BODY) {
      return response;
    }
    Set<String> secrets = secretsOf(request);
    if (secrets.isEmpty()) {
      return response;
    }
    // Read at most MAX_BODY + 1 bytes, so that an endless error body costs no memory; such a one is no
    // error message and goes on as it came.
    ResponseBody peeked = response.peekBody(MAX_BODY + 1);
    if (peeked.contentLength() > MAX_BODY) {
      return response;
    }
    MediaType type = body.contentType();
    String text = new String(peeked.bytes(), StandardCharsets.UTF_8);
    body.close();
    for (String s : secrets) {
      text = text.replace(s, REDACTED);
    }
    byte[] scrubbed = text.getBytes(StandardCharsets.UTF_8);
    return response.newBuilder().header("Content-Length", Integer.toString(scrubbed.length))
        .body(ResponseBody.create(scrubbed, type)).build();
  }

  /** The token and every {@code tsig_key} of the request's JSON body, each also as JSON may escape it. */
  static Set<String> secretsOf(Request request) throws IOException {
    Set<String> plain = new LinkedHashSet<>();
    String auth = request.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && auth.length() > "Bearer ".length()) {
      plain.add(auth.substring("Bearer ".length()));
    }
    if (request.body() != null && request.body().contentLength() != 0
        && request.body().contentLength() <= MAX_BODY) {
      Buffer b = new Buffer();
      request.body().writeTo(b);
      try {
        collectTsigKeys(JsonParser.parseString(b.readUtf8()), plain);
      } catch (JsonParseException notJson) {
        // a body that is not JSON carries no TSIG key
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : plain) {
      if (s.length() >= 8) { // shorter strings would blank out ordinary words, and are no secrets
        out.add(s);
        out.add(s.replace("/", "\\/"));
        out.add(s.replace("=", "\\u003d").replace("+", "\\u002b"));
      }
    }
    return out;
  }

  private static void collectTsigKeys(JsonElement e, Set<String> out) {
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
        if (m.getKey().equals("tsig_key") && m.getValue().isJsonPrimitive()) {
          out.add(m.getValue().getAsString());
        } else {
          collectTsigKeys(m.getValue(), out);
        }
      }
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collectTsigKeys(x, out));
    }
  }
}
