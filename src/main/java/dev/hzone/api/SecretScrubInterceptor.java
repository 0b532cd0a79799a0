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
 * Takes the secrets a request carried (the API token, TSIG keys of secondary zones) out of the
 * error answer to it, before the answer becomes an {@link ApiException} whose message people and CI
 * logs see. The API does not quote them back, but a proxy, a gateway or a future error message
 * might, and hzone prints error messages as they come. Innermost of the interceptors, so that it
 * sees the request with its token.
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
    // Read at most MAX_BODY + 1 bytes, so that an endless error body costs no memory; such a one is
    // no
    // error message and goes on as it came.
    ResponseBody peeked = response.peekBody(MAX_BODY + 1);
    if (peeked.contentLength() > MAX_BODY) {
      return response;
    }
    MediaType type = body.contentType();
    String text = new String(peeked.bytes(), StandardCharsets.UTF_8);
    body.close();
    byte[] scrubbed = scrub(text, secrets).getBytes(StandardCharsets.UTF_8);
    return response
        .newBuilder()
        .header("Content-Length", Integer.toString(scrubbed.length))
        .body(ResponseBody.create(scrubbed, type))
        .build();
  }

  /**
   * Shorter pieces of a secret are left alone: they would blank out ordinary words and tell little.
   */
  static final int MIN_PIECE = 8;

  /**
   * {@code text} with every piece of a secret of at least {@value #MIN_PIECE} characters replaced
   * by {@value #REDACTED}: a gateway that echoes the first 20 characters of a token gives away most
   * of it too. At each position the longest piece found there is replaced.
   */
  static String scrub(String text, Set<String> secrets) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int longest = 0;
      if (i + MIN_PIECE <= text.length()) {
        for (String s : secrets) {
          longest = Math.max(longest, longestPiece(text, i, s));
        }
      }
      if (longest >= MIN_PIECE) {
        out.append(REDACTED);
        i += longest;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The length of the longest substring of {@code secret} that {@code text} has at {@code from}.
   */
  private static int longestPiece(String text, int from, String secret) {
    int best = 0;
    for (int j = secret.indexOf(text.charAt(from));
        j >= 0;
        j = secret.indexOf(text.charAt(from), j + 1)) {
      int n = 0;
      while (from + n < text.length()
          && j + n < secret.length()
          && text.charAt(from + n) == secret.charAt(j + n)) {
        n++;
      }
      best = Math.max(best, n);
    }
    return best;
  }

  /**
   * The token and every {@code tsig_key} of the request's JSON body, each also as JSON may escape
   * it.
   */
  static Set<String> secretsOf(Request request) throws IOException {
    Set<String> plain = new LinkedHashSet<>();
    String auth = request.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && auth.length() > "Bearer ".length()) {
      plain.add(auth.substring("Bearer ".length()));
    }
    if (request.body() != null
        && request.body().contentLength() != 0
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
      if (s.length()
          >= MIN_PIECE) { // shorter strings would blank out ordinary words, and are no secrets
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
