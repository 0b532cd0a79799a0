package dev.hzone.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tells the {@link RequestListener} about each try of each request: method, path, status, time, id.
 */
final class RequestLogInterceptor implements Interceptor {
  private final RequestListener listener;
  private final Clock clock;

  RequestLogInterceptor(RequestListener listener, Clock clock) {
    this.listener = listener;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = clock.millis();
    try {
      Response response = chain.proceed(request);
      listener.onRequest(
          new RequestLog(
              request.method(),
              pathOf(request.url()),
              response.code(),
              since(start),
              Optional.ofNullable(response.header("X-Correlation-Id")),
              Optional.empty()));
      return response;
    } catch (IOException e) {
      listener.onRequest(
          new RequestLog(
              request.method(),
              pathOf(request.url()),
              0,
              since(start),
              Optional.empty(),
              Optional.of(String.valueOf(e.getMessage()))));
      throw e;
    }
  }

  private Duration since(long start) {
    return Duration.ofMillis(Math.max(0, clock.millis() - start));
  }

  private static String pathOf(HttpUrl url) {
    String query = url.encodedQuery();
    return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
  }
}
