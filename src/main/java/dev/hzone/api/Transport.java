package dev.hzone.api;

import dev.hzone.api.schema.Json;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Assembles the HTTP pipeline. Every request passes these OkHttp interceptors, outermost first:
 *
 * <ol>
 *   <li>{@link RetryInterceptor}: repeats a try that failed in a temporary way, waiting as the
 *       failure asks;
 *   <li>{@link PacingInterceptor}: holds each try back while the rate-limit budget is used up, and
 *       learns the budget from every answer;
 *   <li>{@link RequestLogInterceptor}: one {@link RequestLog} per try, after pacing so its time is
 *       the request's own;
 *   <li>{@link HeaderInterceptor}: token, user agent, {@code Accept}, so that nothing above sees
 *       the token;
 *   <li>{@link SecretScrubInterceptor}: innermost, takes the token and TSIG keys the request
 *       carried out of an error answer before anything above reads it.
 * </ol>
 */
final class Transport {
  private Transport() {}

  /** The settings the pipeline is built from. */
  record Settings(
      HttpUrl baseUrl,
      String token,
      String userAgent,
      Duration connectTimeout,
      Duration readTimeout,
      RetryOptions retry,
      RequestListener listener,
      Clock clock,
      Sleeper sleeper) {}

  /**
   * The pipeline on {@code base} (whose connection pool it shares).
   *
   * @param lockWaiter what a {@code 423 locked} waits for; it must not use this pipeline ({@link
   *     LockWaiter#NONE} for the pipeline the lock waits themselves go through)
   */
  static OkHttpClient okHttp(
      OkHttpClient base, Settings s, RateLimitPacer pacer, LockWaiter lockWaiter) {
    return base.newBuilder()
        .connectTimeout(s.connectTimeout())
        .readTimeout(s.readTimeout())
        .writeTimeout(s.readTimeout())
        .addInterceptor(new RetryInterceptor(s.retry(), s.clock(), s.sleeper(), lockWaiter))
        .addInterceptor(new PacingInterceptor(pacer, s.sleeper()))
        .addInterceptor(new RequestLogInterceptor(s.listener(), s.clock()))
        .addInterceptor(new HeaderInterceptor(s.token(), s.userAgent()))
        .addInterceptor(new SecretScrubInterceptor())
        .build();
  }

  static Retrofit retrofit(HttpUrl baseUrl, OkHttpClient http) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(GsonConverterFactory.create(Json.gson()))
        .validateEagerly(true)
        .build();
  }
}
