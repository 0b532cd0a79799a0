package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HumanizeTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

  @Test
  void agesLikeTheHcloudCli() {
    assertEquals("just now", Humanize.age(NOW, NOW));
    assertEquals("59s", Humanize.age(NOW.minusSeconds(59), NOW));
    assertEquals("1m", Humanize.age(NOW.minusSeconds(60), NOW));
    assertEquals("23h", Humanize.age(NOW.minusSeconds(86399), NOW));
    assertEquals("400d", Humanize.age(NOW.minusSeconds(400L * 86400), NOW));
  }

  @Test
  void relativeTimesInWords() {
    assertEquals("now", Humanize.relative(NOW, NOW));
    assertEquals("1 minute ago", Humanize.relative(NOW.minusSeconds(61), NOW));
    assertEquals("3 days ago", Humanize.relative(NOW.minusSeconds(3 * 86400 + 5), NOW));
    assertEquals("2 months ago", Humanize.relative(NOW.minusSeconds(61L * 86400), NOW));
    assertEquals("1 year ago", Humanize.relative(NOW.minusSeconds(400L * 86400), NOW));
    assertEquals("in 2 hours", Humanize.relative(NOW.plusSeconds(7200), NOW));
  }

  @Test
  void datesWithZone() {
    assertEquals("2026-03-04 10:00:00 UTC", Humanize.datetime(NOW, ZoneOffset.UTC));
    assertEquals("2026-03-04 11:00:00 +01:00", Humanize.datetime(NOW, ZoneOffset.ofHours(1)));
  }

  @Test
  void sizesInBinaryUnits() {
    assertEquals("0 B", Humanize.bytes(0));
    assertEquals("1023 B", Humanize.bytes(1023));
    assertEquals("1 KiB", Humanize.bytes(1024));
    assertEquals("1.5 KiB", Humanize.bytes(1536));
    assertEquals("20 GiB", Humanize.bytes(20L << 30));
    assertEquals("160 GiB", Humanize.bytes(160L << 30));
    assertEquals("2.3 TiB", Humanize.bytes((long) (2.3 * (1L << 40))));
  }

  @Test
  void labelsSortedByKey() {
    assertEquals("a=1, b, c=3", Humanize.labels(Map.of("c", "3", "a", "1", "b", "")));
    assertEquals("", Humanize.labels(Map.of()));
  }
}
