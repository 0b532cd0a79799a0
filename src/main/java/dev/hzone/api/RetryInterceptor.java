package dev.hzone.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tries a request again when {@link RetryPolicy} says the failure is temporary, at most {@link
 * RetryOptions#maxAttempts()} times in all, and waits in between as the failure asks for:
 *
 * <ul>
 *   <li>{@code 429}: {@code Retry-After} when the answer has it; else until the budget has refilled
 *       one request ({@code 3600 / RateLimit-Limit} seconds) or until {@code RateLimit-Reset},
 *       whichever is sooner (the reset is when the budget is <em>full</em>, up to an hour away, far
 *       longer than the next free request); without either header, the back-off. Never longer than
 *       {@link RetryOptions#maxRateLimitWait()};
 *   <li>{@code 423 locked}: until the actions running on the resource are done;
 *   <li>everything else: the {@link Backoff}.
 * </ul>
 *
 * The last answer, or the last I/O error, is passed on when the tries are used up.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final LockWaiter lockWaiter;

  RetryInterceptor(RetryOptions options, Clock clock, Sleeper sleeper, LockWaiter lockWaiter) {
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.lockWaiter = lockWaiter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      Response response;
      RetryPolicy.Decision decision;
      try {
        response = chain.proceed(request);
        decision =
            RetryPolicy.forResponse(
                request.method(), response.code(), ErrorBodies.codeOf(response));
      } catch (IOException e) {
        if (attempt >= options.maxAttempts() || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        response = null;
        decision = RetryPolicy.forFailure(e);
      }
      if (decision == RetryPolicy.Decision.FAIL || attempt >= options.maxAttempts()) {
        return response;
      }
      try {
        waitBeforeRetry(decision, response, request, attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry " + request.method());
      }
    }
  }

  private void waitBeforeRetry(
      RetryPolicy.Decision decision, Response response, Request request, int attempt)
      throws InterruptedException {
    Duration backoff = options.backoff().delay(attempt - 1);
    switch (decision) {
      case RATE_LIMIT -> {
        Duration wait = rateLimitWait(response).orElse(backoff);
        response.close();
        sleeper.sleep(min(wait, options.maxRateLimitWait()));
      }
      case AWAIT_ACTIONS -> {
        response.close();
        if (!lockWaiter.awaitRunningActions(request)) {
          sleeper.sleep(backoff);
        }
      }
      default -> {
        if (response != null) {
          response.close();
        }
        sleeper.sleep(backoff);
      }
    }
  }

  /** The wait a 429 answer asks for, if its headers say. */
  Optional<Duration> rateLimitWait(Response response) {
    Instant now = clock.instant();
    Optional<Duration> retryAfter = retryAfter(response.header("Retry-After"), now);
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    return RateLimitPacer.parse(response.headers(), now)
        .map(b -> min(b.refillInterval(), nonNegative(Duration.between(now, b.reset()))));
  }

  /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3). */
  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(now, at)));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
