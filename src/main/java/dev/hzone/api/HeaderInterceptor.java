package dev.hzone.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the headers every request carries: {@code Authorization: Bearer} (when there is a token),
 * {@code User-Agent} and {@code Accept}. The token lives only here, never in a field that is logged
 * or printed.
 */
final class HeaderInterceptor implements Interceptor {
  private final String authorization;
  private final String userAgent;

  HeaderInterceptor(String token, String userAgent) {
    this.authorization = token == null ? null : "Bearer " + token;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    var builder =
        chain
            .request()
            .newBuilder()
            .header("User-Agent", userAgent)
            .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return chain.proceed(builder.build());
  }

  @Override
  public String toString() {
    return "HeaderInterceptor[Authorization: REDACTED, User-Agent: " + userAgent + "]";
  }
}
