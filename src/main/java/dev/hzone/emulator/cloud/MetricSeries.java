package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code metrics} answer of servers and load balancers: the window from {@code start}, {@code
 * end} and {@code step}, and made-up but steady series (the same numbers for the same resource,
 * series and time), at most 1,000 points. The emulator carries no traffic, yet a series that never
 * moves is not what a busy resource shows, and hcloud 1.30 cannot draw one: its graph library
 * (asciigraph 0.5.5) panics with "index out of range" on a flat series (seen with {@code hcloud
 * load-balancer metrics} on all-zero series).
 *
 * @param start the first point
 * @param end the last point
 * @param step seconds between points
 */
record MetricSeries(Instant start, Instant end, long step) {
  private static final int MAX_POINTS = 1000;

  /**
   * The window a metrics request asks for: {@code invalid_input} naming the field when it is wrong.
   */
  static MetricSeries window(Query q) {
    Instant start = time(q, "start");
    Instant end = time(q, "end");
    if (end.isBefore(start)) {
      throw ApiError.invalidInput("end", "must not be before start");
    }
    long span = end.getEpochSecond() - start.getEpochSecond();
    long step = q.positiveLong("step", Math.max(1, span / 100));
    return new MetricSeries(start, end, Math.max(step, Math.max(1, span / MAX_POINTS)));
  }

  private static Instant time(Query q, String field) {
    String s = q.first(field).orElseThrow(() -> ApiError.invalidInput(field, "is required"));
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.invalidInput(field, "'" + s + "' is not an RFC 3339 time");
    }
  }

  /** The {@code metrics} object with one series per name for the resource {@code id}. */
  JsonObject json(long id, List<String> names) {
    JsonObject series = new JsonObject();
    for (String name : names) {
      JsonArray values = new JsonArray();
      for (long t = start.getEpochSecond();
          t <= end.getEpochSecond() && values.size() < MAX_POINTS;
          t += step) {
        JsonArray point = new JsonArray();
        point.add(t);
        long h = (id * 31 + name.hashCode()) * 31 + t;
        point.add(String.format(Locale.ROOT, "%.2f", Math.floorMod(h, 10_000) / 100.0));
        values.add(point);
      }
      series.add(name, Json.wrap("values", values));
    }
    JsonObject m = new JsonObject();
    m.add("start", Json.time(start));
    m.add("end", Json.time(end));
    m.addProperty("step", step);
    m.add("time_series", series);
    return m;
  }
}
