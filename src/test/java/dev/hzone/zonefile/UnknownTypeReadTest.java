package dev.hzone.zonefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.ZoneData;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: records of types hzone does not know. RFC 3597's generic form always reads (as an
 * {@link OpaqueRrset}); a mnemonic hzone does not support is refused as before, unless the read
 * keeps such types ({@link UnsupportedTypePolicy#KEEP}, for the API's exports).
 */
class UnknownTypeReadTest {
  private static final String HEAD = "$ORIGIN example.com.\n$TTL 3600\n";

  @Test
  void rfc3597GenericFormReadsAsAnOpaqueRrset() {
    ZoneData z =
        new ZoneFileReader()
            .parse(
                HEAD
                    + "www 600 IN TYPE65000 \\# 3 abcdef\n"
                    + "www 600 IN TYPE65000 \\# 1 00 ; second\n"
                    + "www IN A 192.0.2.1\n",
                "test",
                "example.com")
            .zone();
    assertEquals(1, z.rrsets().size());
    OpaqueRrset o = z.opaque("www", "TYPE65000").orElseThrow();
    assertEquals(OptionalInt.of(600), o.ttl());
    assertEquals(
        List.of(RecordValue.of("\\# 3 abcdef"), new RecordValue("\\# 1 00", "second")),
        o.records());
  }

  @Test
  void anInheritedTtlStaysInherited() {
    ZoneData z =
        new ZoneFileReader().parse(HEAD + "@ IN TYPE65000 \\# 0\n", "test", "example.com").zone();
    assertEquals(OptionalInt.empty(), z.opaque("@", "TYPE65000").orElseThrow().ttl());
  }

  @Test
  void metaTypesInGenericFormAreRefusedAsBindRefusesThem() {
    for (String type : List.of("TYPE200", "TYPE128", "TYPE255", "TYPE0", "TYPE41")) {
      ZoneFileException e =
          assertThrows(
              ZoneFileException.class,
              () ->
                  new ZoneFileReader()
                      .parse(
                          HEAD + "www IN TYPE65000 \\# 0\nwww IN " + type + " \\# 1 aa\n",
                          "z.zone",
                          "example.com"),
              type);
      assertEquals(4, e.errors().get(0).position().line(), type + ": " + e.errors());
      assertTrue(
          e.errors().get(0).message().contains("not a record type"), type + ": " + e.errors());
    }
    assertEquals(
        2,
        new ZoneFileReader()
            .parse(HEAD + "www IN TYPE127 \\# 1 aa\nwww IN TYPE65280 \\# 0\n", "z", "example.com")
            .zone()
            .opaque()
            .size(),
        "127 and 65280 are ordinary types");
  }

  @Test
  void aGenericFormWhoseLengthIsWrongIsRefusedWithItsLine() {
    ZoneFileException e =
        assertThrows(
            ZoneFileException.class,
            () ->
                new ZoneFileReader()
                    .parse(HEAD + "www IN TYPE65000 \\# 4 abcdef\n", "z.zone", "example.com"));
    assertTrue(e.errors().get(0).position().line() == 3, e.errors().toString());
    assertTrue(e.errors().get(0).message().contains("RFC 3597"), e.errors().toString());
  }

  @Test
  void aMnemonicHzoneDoesNotSupportIsStillRefusedInAZoneFile() {
    ZoneFileException e =
        assertThrows(
            ZoneFileException.class,
            () ->
                new ZoneFileReader()
                    .parse(HEAD + "www IN SSHFP 1 1 abcdef\n", "z.zone", "example.com"));
    assertTrue(e.errors().get(0).message().contains("SSHFP"), e.errors().toString());
  }

  @Test
  void anExportReadKeepsNewerTypesWithTheirMnemonicsEvenOnesDnsjavaDoesNotKnow() {
    ZoneFileReader keep =
        new ZoneFileReader(ReadOptions.defaults().withUnsupportedTypes(UnsupportedTypePolicy.KEEP));
    ZoneData z =
        keep.parse(
                HEAD + "www\t3600\tIN\tSSHFP\t1 1 abcdef\nwww\t3600\tIN\tNEWTYPE\t\"x y\" 7\n",
                "export",
                "example.com")
            .zone();
    assertEquals(List.of("1 1 abcdef"), z.opaque("www", "SSHFP").orElseThrow().values());
    assertEquals(List.of("\"x y\" 7"), z.opaque("www", "NEWTYPE").orElseThrow().values());
  }
}
