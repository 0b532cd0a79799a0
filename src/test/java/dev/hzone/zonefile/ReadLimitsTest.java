package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (6): small files that make the reader build millions of records or follow includes that
 * multiply are refused at the line where a limit ({@link ReadOptions#recordLimit()}, {@link
 * ReadOptions#includeLimit()}) is passed, and the read stops there.
 */
class ReadLimitsTest {
  private static final String HEAD =
      "$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 900 1209600 300\n"
          + "@ NS ns1.example.net.\n";

  @TempDir Path dir;

  /** 100 {@code $GENERATE 1-65536} lines in about 4 KB once exhausted a 1 GB heap. */
  @Test
  void generateLinesPastTheRecordLimitStopAtTheirLine() throws Exception {
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = 0; i < 100; i++) {
      sb.append("$GENERATE 1-65536 h").append(i).append("-$ A 10.0.0.1\n");
    }
    Path f = dir.resolve("example.com.zone");
    Files.writeString(f, sb);
    assertTrue(Files.size(f) < 4200, "the attack file is small");
    ZoneFileException e = assertThrows(ZoneFileException.class, () -> new ZoneFileReader().read(f));
    List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("record-limit", errors.get(0).ruleId());
    // 2 records before, then 65,536 per line: the 16th $GENERATE, on line 20, would make 1,048,578.
    assertEquals(new SourcePosition(f.toString(), 20), errors.get(0).position());
    assertTrue(
        errors.get(0).message().contains("more than 1048576 records"), errors.get(0).message());
    assertTrue(errors.get(0).message().contains("nothing was generated"), errors.get(0).message());
    assertTrue(
        errors.get(0).message().contains("check the ranges of the $GENERATE lines"),
        errors.get(0).message());
  }

  /**
   * The ranges are added up before anything is generated: the first $GENERATE here makes 49 good
   * records and then a bad one (10.0.0.256), an error that shows it was expanded.
   */
  @Test
  void theRangesAreCountedBeforeAnyRecordIsGenerated() throws Exception {
    Path f = dir.resolve("example.com.zone");
    Files.writeString(
        f,
        HEAD
            + "a A 10.0.0.1\n$generate 1-50 h$ A 10.0.0.${206}\nb A 10.0.0.2\n"
            + "$GENERATE 1-90/2 g$ A 10.0.0.1\n");
    // 2 + 1 + 50 + 1 + 45 = 99 asked for: within a limit of 99 the file is read, and its bad record
    // reported.
    ZoneFileException read =
        assertThrows(
            ZoneFileException.class,
            () -> new ZoneFileReader(ReadOptions.defaults().withRecordLimit(99)).read(f));
    assertEquals(
        List.of(new SourcePosition(f.toString(), 6)),
        read.findings().stream().filter(Finding::isError).map(Finding::position).toList(),
        read.findings().toString());
    // One fewer: refused at the second $GENERATE, line 8, before the first one was expanded.
    ZoneFileException e =
        assertThrows(
            ZoneFileException.class,
            () -> new ZoneFileReader(ReadOptions.defaults().withRecordLimit(98)).read(f));
    assertEquals(
        List.of(
            Finding.error(
                new SourcePosition(f.toString(), 8),
                "record-limit",
                "the zone would have more than 98 records: the $GENERATE ranges up to this line (START-STOP/STEP) and the "
                    + "records before them add up past it, so nothing was generated. A zone this large is likely a mistake:"
                    + " check the ranges of the $GENERATE lines, or split the zone")),
        e.findings());
  }

  /**
   * An included file's ranges count with the records read before the $INCLUDE, before it is
   * expanded.
   */
  @Test
  void generateLinesInAnIncludedFileAreCountedWhenItIsIncluded() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      sb.append("$GENERATE 1-65536 h").append(i).append("-$ A 10.0.${0,1,d}.1\n");
    }
    Files.writeString(dir.resolve("bomb.inc"), sb);
    Path f = dir.resolve("example.com.zone");
    Files.writeString(f, HEAD + "$INCLUDE bomb.inc\n");
    ZoneFileException e = assertThrows(ZoneFileException.class, () -> new ZoneFileReader().read(f));
    // 2 records, then 65,536 per line: the 16th line of bomb.inc would make 1,048,578. Each line's
    // 257th record
    // (10.0.256.1) is bad: had a line been expanded, its error would be here.
    assertEquals(
        List.of("record-limit"),
        e.findings().stream().map(Finding::ruleId).toList(),
        e.findings().toString());
    assertEquals(
        new SourcePosition(dir.resolve("bomb.inc").toString(), 16), e.findings().get(0).position());
  }

  @Test
  void theRecordLimitIsAnOption() throws Exception {
    Path f = dir.resolve("example.com.zone");
    Files.writeString(f, HEAD + "a A 10.0.0.1\nb A 10.0.0.2\nc A 10.0.0.3\n");
    ReadOptions five = ReadOptions.defaults().withRecordLimit(5);
    assertEquals(
        5,
        new ZoneFileReader(ReadOptions.defaults().withRecordLimit(5))
            .read(f).zone().rrsets().values().stream().mapToInt(r -> r.records().size()).sum());
    Files.writeString(f, HEAD + "a A 10.0.0.1\nb A 10.0.0.2\nc A 10.0.0.3\nd A 10.0.0.4\n");
    ZoneFileException e =
        assertThrows(ZoneFileException.class, () -> new ZoneFileReader(five).read(f));
    assertEquals(new SourcePosition(f.toString(), 8), e.findings().get(0).position());
  }

  /** 8 files, each including the next ten times: 10^7 includes once ran past 60 s and 1 GB. */
  @Test
  void includesThatMultiplyStopAtTheLimit() throws Exception {
    for (int i = 1; i <= 8; i++) {
      StringBuilder sb = new StringBuilder("x" + i + " A 10.0.0." + i + "\n");
      if (i < 8) {
        for (int k = 0; k < 10; k++) {
          sb.append("$INCLUDE f").append(i + 1).append(".inc\n");
        }
      }
      Files.writeString(dir.resolve("f" + i + ".inc"), sb);
    }
    Path f = dir.resolve("example.com.zone");
    Files.writeString(f, HEAD + "$INCLUDE f1.inc\n");
    ZoneFileException e = assertThrows(ZoneFileException.class, () -> new ZoneFileReader().read(f));
    List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("include-limit", errors.get(0).ruleId());
    assertTrue(
        errors.get(0).position().toString().matches(".*f\\d\\.inc:\\d+.*"),
        errors.get(0).position().toString());
  }

  @Test
  void theIncludeLimitCountsEveryInclude() throws Exception {
    Files.writeString(dir.resolve("a.inc"), "a A 10.0.0.1\n");
    Path f = dir.resolve("example.com.zone");
    Files.writeString(f, HEAD + "$INCLUDE a.inc\n$INCLUDE a.inc\n$INCLUDE a.inc\n");
    new ZoneFileReader(ReadOptions.defaults().withIncludeLimit(3)).read(f);
    ZoneFileException e =
        assertThrows(
            ZoneFileException.class,
            () -> new ZoneFileReader(ReadOptions.defaults().withIncludeLimit(2)).read(f));
    assertEquals(new SourcePosition(f.toString(), 7), e.findings().get(0).position());
    assertEquals("include-limit", e.findings().get(0).ruleId());
  }
}
