package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.FakeAxfrServer;
import dev.hzone.testing.FakeAxfrServer.Sign;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;

/**
 * {@code hzone migrate axfr} against hostile or broken primaries (issue 14 items 1 and 7): the
 * transfer fails with a clear message and exit 1, nothing is written, the TSIG secret is never
 * printed, and a record limit stops a huge zone before it costs the heap.
 */
class MigrateAxfrAttackTest {
  static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final String SECRET_B64 = Base64.getEncoder().encodeToString(SECRET);
  static final Name ZONE = Name.fromConstantString("example.test.");
  static final SOARecord SOA =
      new SOARecord(
          ZONE,
          DClass.IN,
          300,
          Name.fromConstantString("ns1.example.test."),
          Name.fromConstantString("hostmaster.example.test."),
          7,
          3600,
          600,
          86400,
          300);
  static final Record NS =
      new NSRecord(ZONE, DClass.IN, 300, Name.fromConstantString("ns1.example.test."));

  @TempDir Path dir;
  FakeAxfrServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  static Record a(String label, String ip) {
    try {
      return new ARecord(
          Name.fromConstantString(label + ".example.test."),
          DClass.IN,
          300,
          InetAddress.getByName(ip));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  CliRun axfr(FakeAxfrServer.Script script, String... extra) throws IOException {
    server = FakeAxfrServer.start("axfr-key", SECRET, script);
    Files.writeString(
        dir.resolve("k.key"),
        "key \"axfr-key\" { algorithm hmac-sha256; secret \"" + SECRET_B64 + "\"; };\n");
    String[] base = {
      "migrate",
      "axfr",
      "--from",
      server.hostPort(),
      "--zone",
      "example.test",
      "--tsig-file",
      "k.key",
      "--out",
      "z.zone"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.run(dir, Map.of(), args);
  }

  void assertNothingWrittenNorLeaked(CliRun r) {
    assertFalse(Files.exists(dir.resolve("z.zone")), "a zone file was written: " + r.err());
    assertFalse(r.out().contains("evil") || r.err().contains("203.0.113.66"), r.out() + r.err());
    assertFalse((r.out() + r.err()).contains(SECRET_B64), "the secret was printed");
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anUnsignedServfailTailWithAnEvilRecordFailsAndWritesNothing() throws IOException {
    CliRun r =
        axfr(
            s ->
                s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS, a("www", "192.0.2.10"))
                    .send(Rcode.SERVFAIL, Sign.UNSIGNED, a("evil", "203.0.113.66"), SOA));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("message 2 has RCODE SERVFAIL"), r.err());
    assertTrue(r.err().contains("nothing was kept"), r.err());
    assertNothingWrittenNorLeaked(r);
  }

  @Test
  void anEmptyAnswerSectionIsAClearErrorNotAnInternalOne() throws IOException {
    CliRun r = axfr(s -> s.send(Rcode.NOERROR, Sign.SIGNED));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("message 1 has an empty answer section"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertNothingWrittenNorLeaked(r);
  }

  @Test
  void aZoneAboveTheRecordLimitStopsWithAClearError() throws IOException {
    CliRun r =
        axfr(
            s -> {
              s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS);
              for (int batch = 0; batch < 10; batch++) {
                Record[] rs = new Record[100];
                for (int i = 0; i < 100; i++) {
                  rs[i] = a("h" + batch + "-" + i, "192.0.2." + (i + 1));
                }
                s.send(Rcode.NOERROR, Sign.SIGNED, rs);
              }
              s.send(Rcode.NOERROR, Sign.SIGNED, SOA);
            },
            "--max-records",
            "500");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("more than 500 records"), r.err());
    assertTrue(r.err().contains("--max-records"), r.err());
    assertNothingWrittenNorLeaked(r);
  }

  @Test
  void theSameZoneWithinTheLimitIsWritten() throws IOException {
    CliRun r =
        axfr(
            s -> {
              s.send(Rcode.NOERROR, Sign.SIGNED, SOA, NS);
              Record[] rs = new Record[100];
              for (int i = 0; i < 100; i++) {
                rs[i] = a("h" + i, "192.0.2." + (i + 1));
              }
              s.send(Rcode.NOERROR, Sign.SIGNED, rs);
              s.send(Rcode.NOERROR, Sign.SIGNED, SOA);
            },
            "--max-records",
            "500");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(dir.resolve("z.zone")).contains("h99"));
    assertFalse((r.out() + r.err()).contains(SECRET_B64));
  }

  @Test
  void aBadRecordLimitIsAUsageError() throws IOException {
    CliRun r =
        CliRun.run(
            dir,
            Map.of(),
            "migrate",
            "axfr",
            "--from",
            "127.0.0.1:1",
            "--zone",
            "example.test",
            "--max-records",
            "lots");
    assertEquals(64, r.code(), r.err());
    assertTrue(r.err().contains("--max-records takes a whole number"), r.err());
  }
}
