package dev.hzone.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Holds each try back as long as the {@link RateLimitPacer} says, and feeds it every answer's
 * headers.
 */
final class PacingInterceptor implements Interceptor {
  private final RateLimitPacer pacer;
  private final Sleeper sleeper;

  PacingInterceptor(RateLimitPacer pacer, Sleeper sleeper) {
    this.pacer = pacer;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Duration wait = pacer.reserve();
    Response response = null;
    try {
      if (!wait.isZero()) {
        pacer.held(wait);
        sleeper.sleep(wait);
      }
      response = chain.proceed(chain.request());
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while pacing requests");
    } finally {
      pacer.release(response == null ? null : response.headers());
    }
  }
}
