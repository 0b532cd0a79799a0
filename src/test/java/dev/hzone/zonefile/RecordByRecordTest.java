package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.RecordType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordByRecord}: an export is read one record per line, as written, not as a zone (no
 * merging into RRSets, no dropping of what a zone read would refuse).
 */
class RecordByRecordTest {
  private static RecordByRecord.Result read(String text) {
    return RecordByRecord.read(text, "export.txt", "example.com", OptionalInt.empty());
  }

  private static String brief(RecordByRecord.Entry e) {
    return e.owner() + " " + e.ttl() + " " + e.type() + " " + e.value();
  }

  @Test
  void keepsEachRecordAsWrittenInFileOrder() {
    RecordByRecord.Result r =
        read(
            """
            $TTL 300
            www   IN A 192.0.2.1
            www   600 IN A 192.0.2.2 ; the second
            www   IN A 192.0.2.1
            @     IN MX 10 mail
            """);
    assertEquals(
        List.of(
            "www.example.com. 300 A 192.0.2.1",
            "www.example.com. 600 A 192.0.2.2",
            "www.example.com. 300 A 192.0.2.1",
            "example.com. 300 MX 10 mail.example.com."),
        r.records().stream().map(RecordByRecordTest::brief).toList(),
        "duplicates and TTLs that differ within an RRSet stay, names become absolute");
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void givesEachRecordItsLineAndComment() {
    RecordByRecord.Result r =
        read(
            """
            $TTL 300

            a IN TXT "one"   ; first comment
            b IN TXT "two"
            """);
    RecordByRecord.Entry a = r.records().get(0);
    RecordByRecord.Entry b = r.records().get(1);
    assertEquals(new SourcePosition("export.txt", 3), a.position());
    assertEquals(new SourcePosition("export.txt", 4), b.position());
    assertTrue(a.comment().contains("first comment"), a.comment());
    assertEquals("", b.comment().strip());
  }

  @Test
  void keepsOwnersOutsideTheOriginForTheCallerToJudge() {
    RecordByRecord.Result r =
        read(
            """
            $TTL 300
            www.example.org. IN A 192.0.2.9
            """);
    assertEquals(1, r.records().size());
    assertEquals("www.example.org.", r.records().get(0).owner());
  }

  @Test
  void takesTheOriginWithOrWithoutItsDotInAnyCase() {
    String text = "$TTL 60\nhost IN A 192.0.2.3\n";
    for (String origin : List.of("example.com", "example.com.", "Example.COM")) {
      RecordByRecord.Result r = RecordByRecord.read(text, "e.txt", origin, OptionalInt.empty());
      assertEquals("host.example.com.", r.records().get(0).owner(), origin);
    }
  }

  @Test
  void skipsTypesTheApiDoesNotTakeWithAWarningAtTheirLine() {
    RecordByRecord.Result r =
        read(
            """
            $TTL 300
            www IN A 192.0.2.1
            www IN SSHFP 1 1 123456789abcdef67890123456789abcdef67890
            """);
    assertEquals(List.of(RecordType.A), r.records().stream().map(e -> e.type()).toList());
    assertEquals(1, r.warnings().size());
    Finding w = r.warnings().get(0);
    assertEquals("unsupported-type", w.ruleId());
    assertEquals(new SourcePosition("export.txt", 3), w.position());
  }

  @Test
  void aRecordWithoutAnyTtlNeedsTheFallback() {
    String text = "www IN A 192.0.2.1\n";
    ZoneFileException e = assertThrows(ZoneFileException.class, () -> read(text));
    assertEquals(1, e.errors().get(0).position().line(), e.getMessage());
    RecordByRecord.Result r =
        RecordByRecord.read(text, "export.txt", "example.com", OptionalInt.of(900));
    assertEquals(900, r.records().get(0).ttl());
  }

  @Test
  void refusesIncludes() {
    ZoneFileException e =
        assertThrows(ZoneFileException.class, () -> read("$TTL 300\n$INCLUDE /etc/passwd\n"));
    assertEquals(new SourcePosition("export.txt", 2), e.errors().get(0).position(), e.getMessage());
  }

  @Test
  void reportsEveryBadLineByFileAndLine() {
    ZoneFileException e =
        assertThrows(
            ZoneFileException.class,
            () ->
                read(
                    """
                    $TTL 300
                    www IN A 192.0.2.300
                    ok  IN A 192.0.2.1
                    mx  IN MX notanumber mail
                    """));
    assertEquals(
        List.of(2, 4), e.errors().stream().map(f -> f.position().line()).toList(), e.getMessage());
    assertTrue(e.errors().stream().allMatch(f -> f.position().file().equals("export.txt")));
  }
}
