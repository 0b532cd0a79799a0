package dev.hzone.cli.framework;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Ages, dates, sizes and label maps as people read them in tables and describe output. */
public final class Humanize {
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private Humanize() {}

  /**
   * A table's AGE cell, as the hcloud CLI prints it: whole days ({@code 3d}), else hours, minutes
   * or seconds ({@code 5h}, {@code 12m}, {@code 40s}), else {@code just now}.
   */
  public static String age(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.toDays() > 0) {
      return d.toDays() + "d";
    }
    if (d.toHours() > 0) {
      return d.toHours() + "h";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + "m";
    }
    if (d.toSeconds() > 0) {
      return d.toSeconds() + "s";
    }
    return "just now";
  }

  /**
   * A length of time for progress and estimates: {@code 2h 5m}, {@code 1m 20s}, {@code 40s}
   * (rounded up).
   */
  public static String duration(Duration d) {
    long s = Math.max(0, d.plusMillis(999).toSeconds());
    if (s >= 3600) {
      return s / 3600 + "h " + (s % 3600) / 60 + "m";
    }
    if (s >= 60) {
      return s / 60 + "m " + s % 60 + "s";
    }
    return s + "s";
  }

  /**
   * A relative time for describe output: {@code 3 days ago}, {@code 1 hour ago}, {@code in 5
   * minutes}.
   */
  public static String relative(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    boolean future = d.isNegative();
    d = d.abs();
    String amount;
    if (d.toDays() >= 365) {
      amount = plural(d.toDays() / 365, "year");
    } else if (d.toDays() >= 30) {
      amount = plural(d.toDays() / 30, "month");
    } else if (d.toDays() > 0) {
      amount = plural(d.toDays(), "day");
    } else if (d.toHours() > 0) {
      amount = plural(d.toHours(), "hour");
    } else if (d.toMinutes() > 0) {
      amount = plural(d.toMinutes(), "minute");
    } else if (d.toSeconds() > 0) {
      amount = plural(d.toSeconds(), "second");
    } else {
      return "now";
    }
    return future ? "in " + amount : amount + " ago";
  }

  /** A date and time in the given zone: {@code 2026-03-01 10:00:00 UTC}. */
  public static String datetime(Instant t, ZoneId zone) {
    // UTC reads better than the offset form "Z" that ZoneOffset.UTC would print.
    ZoneId shown = zone.equals(java.time.ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
    return DATETIME.format(t.atZone(shown));
  }

  /** Date, time and how long ago: {@code 2026-03-01 10:00:00 UTC (3 days ago)}. */
  public static String datetimeWithAge(Instant t, Instant now, ZoneId zone) {
    return datetime(t, zone) + " (" + relative(t, now) + ")";
  }

  /**
   * A size in binary units with one decimal where it helps: {@code 512 B}, {@code 1.5 KiB}, {@code
   * 20 GiB}.
   */
  public static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    double v = n;
    int unit = 0;
    while (v >= 1024 && unit < UNITS.length - 1) {
      v /= 1024;
      unit++;
    }
    String num =
        v == Math.rint(v) || v >= 100
            ? String.format(Locale.ROOT, "%.0f", v)
            : String.format(Locale.ROOT, "%.1f", v);
    return num + " " + UNITS[unit];
  }

  /** {@code yes} or {@code no}. */
  public static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  /**
   * Labels as {@code key=value} pairs sorted by key, joined by {@code ", "}; a bare key when the
   * value is empty.
   */
  public static String labels(Map<String, String> labels) {
    StringJoiner j = new StringJoiner(", ");
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      j.add(e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue());
    }
    return j.toString();
  }

  /** The text, or {@code -} when it is empty (the hcloud CLI's "not applicable"). */
  public static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
