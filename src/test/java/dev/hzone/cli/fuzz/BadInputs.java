package dev.hzone.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-written bad inputs, each a way real zone files and settings go wrong or are made to go
 * wrong: truncated lines, random bytes, huge TTLs, unbalanced parentheses and quotes, {@code
 * $INCLUDE} loops and paths out of the zone directory, {@code $GENERATE} over billions of names, a
 * line of 100 MB, and broken {@code hzone.toml}. Every one must be refused with {@code FILE:LINE:
 * message} and exit 65, before any request.
 */
final class BadInputs {
  static final String HEAD = "$ORIGIN example.com.\n$TTL 3600\n";
  static final String GOOD_ZONE =
      HEAD
          + "@ IN A 192.0.2.1\nwww IN A 192.0.2.2 ; web\n@ IN MX 10 mail\n"
          + "mail IN A 192.0.2.25\n@ IN TXT \"v=spf1 -all\"\n";

  /** A correct hzone.toml using most settings, the base of the TOML mutations. */
  static final String GOOD_TOML =
      """
      [defaults]
      ignore = ["dyn*", "legacy TXT", { name = "**.k8s", types = ["A", "TXT"] }]
      max_update_percent = 30
      max_delete_percent = 30
      min_existing_rrsets = 10
      comments = true
      manage_soa = false
      labels = { managed-by = "hzone" }
      protected = false

      [zones."example.com"]
      ttl = 3600
      labels = { managed-by = "hzone", team = "web" }
      max_delete_percent = 50

      [zones."example.com".rrsets."@/MX"]
      protected = true
      labels = { owner = "mail" }
      """;

  private BadInputs() {}

  /** The size of the line in {@link #hundredMegabyteLine}. */
  static final long HUNDRED_MB = 100L * 1024 * 1024;

  static List<FuzzCase> zoneFiles() {
    List<FuzzCase> c = new ArrayList<>();
    c.add(FuzzCase.badZone("truncated record", HEAD + "www IN A\n"));
    c.add(FuzzCase.badZone("truncated mid-token, no newline", HEAD + "www IN A 192.0.2"));
    c.add(
        FuzzCase.badZone(
            "truncated SOA", HEAD + "@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200\n"));
    c.add(FuzzCase.badZone("truncated TTL directive", HEAD + "$TTL\nwww IN A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("truncated ORIGIN directive", "$ORIGIN\nwww IN A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("truncated INCLUDE directive", HEAD + "$INCLUDE\n"));
    byte[] random = new byte[4096];
    new Random(4096).nextBytes(random);
    c.add(FuzzCase.builder("4 KiB of random bytes").file("zones/example.com.zone", random).build());
    c.add(
        FuzzCase.builder("random bytes after good records")
            .file(
                "zones/example.com.zone",
                concat(GOOD_ZONE.getBytes(StandardCharsets.UTF_8), random))
            .build());
    c.add(
        FuzzCase.builder("NUL bytes in a record")
            .file(
                "zones/example.com.zone",
                (HEAD + "www IN A 192.0.2.1\u0000\u0000\n").getBytes(StandardCharsets.UTF_8))
            .build());
    c.add(
        FuzzCase.builder("invalid UTF-8 in an owner name")
            .file(
                "zones/example.com.zone",
                concat(
                    (HEAD + "caf").getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, (byte) 0x28},
                    " IN A 192.0.2.1\n".getBytes(StandardCharsets.UTF_8)))
            .build());
    c.add(FuzzCase.badZone("TTL of 2^32", HEAD + "www 4294967296 IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.badZone(
            "TTL past a long", HEAD + "www 99999999999999999999999999 IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.badZone(
            "$TTL past a long",
            "$ORIGIN example.com.\n$TTL 99999999999999999999\n@ IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.badZone(
            "$TTL in weeks past 2^31 s",
            "$ORIGIN example.com.\n$TTL 9999999999w\n@ IN A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("negative TTL", HEAD + "www -1 IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.badZone(
            "SOA with a serial past 2^32",
            HEAD
                + "@ IN SOA ns1.example.com. hostmaster.example.com. 99999999999 7200 3600 1209600 3600\n"));
    c.add(FuzzCase.badZone("MX priority past 2^16", HEAD + "@ IN MX 70000 mail\n"));
    c.add(
        FuzzCase.badZone(
            "parenthesis never closed",
            HEAD
                + "@ IN SOA ns1.example.com. hostmaster.example.com. (\n 1 7200 3600\n 1209600 3600\nwww IN A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("parenthesis closed twice", HEAD + "www IN A 192.0.2.1 )\n"));
    c.add(
        FuzzCase.badZone(
            "ten thousand open parentheses", HEAD + "www IN TXT " + "(".repeat(10_000) + "\n"));
    c.add(FuzzCase.badZone("quote never closed", HEAD + "txt IN TXT \"abc\nwww IN A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("quote never closed at the end", HEAD + "txt IN TXT \"abc"));
    c.add(
        FuzzCase.badZone(
            "TXT string over 255 bytes in quotes",
            HEAD + "txt IN TXT \"" + "a".repeat(300) + "\"\n"));
    c.add(FuzzCase.badZone("escape past 255", HEAD + "txt IN TXT \"\\999\"\n"));
    c.add(FuzzCase.badZone("label over 63 bytes", HEAD + "a".repeat(64) + " IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.badZone(
            "name over 255 bytes", HEAD + ("a".repeat(60) + ".").repeat(5) + " IN A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("unknown type", HEAD + "www IN FOO bar\n"));
    c.add(FuzzCase.badZone("class CH", HEAD + "www CH A 192.0.2.1\n"));
    c.add(FuzzCase.badZone("address with five octets", HEAD + "www IN A 192.0.2.1.7\n"));
    c.add(
        FuzzCase.badZone("a record outside the zone", HEAD + "www.example.org. IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.badZone(
            "CNAME beside other data", HEAD + "www IN CNAME example.net.\nwww IN A 192.0.2.1\n"));
    c.add(
        FuzzCase.builder("$INCLUDE of itself")
            .file(
                "zones/example.com.zone", HEAD + "www IN A 192.0.2.1\n$INCLUDE example.com.zone\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE loop of two files")
            .file("zones/example.com.zone", HEAD + "$INCLUDE part.inc\n")
            .file("zones/part.inc", "www IN A 192.0.2.1\n$INCLUDE example.com.zone\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE loop three deep")
            .file("zones/example.com.zone", HEAD + "$INCLUDE a.inc\n")
            .file("zones/a.inc", "$INCLUDE b.inc\n")
            .file("zones/b.inc", "$INCLUDE a.inc\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE of a file outside the zone directory")
            .file("zones/example.com.zone", HEAD + "$INCLUDE ../outside.zone\n")
            .file("outside.zone", "www IN A 192.0.2.1\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE of /etc/passwd")
            .file("zones/example.com.zone", HEAD + "$INCLUDE /etc/passwd\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE of the zone directory")
            .file("zones/example.com.zone", HEAD + "$INCLUDE .\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE of a missing file")
            .file("zones/example.com.zone", HEAD + "$INCLUDE missing.inc\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE of a name with a NUL byte")
            .file("zones/example.com.zone", HEAD + "$INCLUDE \"part\u0000.inc\"\n")
            .build());
    c.add(
        FuzzCase.builder("a zone without records named by a public suffix")
            .file("zones/co.uk.zone", "$TTL 3600\n")
            .build());
    c.add(
        FuzzCase.builder("$INCLUDE with a bad record inside")
            .file("zones/example.com.zone", HEAD + "$INCLUDE part.inc\n")
            .file("zones/part.inc", "www IN A 192.0.2.1\nbad IN A 300.1.1.1\n")
            .build());
    c.add(
        FuzzCase.badZone(
            "$GENERATE over four billion names",
            HEAD + "$GENERATE 1-4000000000 host$ A 10.0.0.1\n"));
    c.add(
        FuzzCase.badZone(
            "$GENERATE over 2^31 names", HEAD + "$GENERATE 0-2147483647 host$ A 10.0.0.1\n"));
    c.add(
        FuzzCase.badZone(
            "$GENERATE past a long", HEAD + "$GENERATE 0-99999999999999999999 host$ A 10.0.0.1\n"));
    c.add(
        FuzzCase.badZone(
            "$GENERATE over the limit", HEAD + "$GENERATE 1-100000 host$ A 10.0.0.1\n"));
    c.add(FuzzCase.badZone("$GENERATE with step 0", HEAD + "$GENERATE 1-10/0 host$ A 10.0.0.1\n"));
    c.add(FuzzCase.badZone("$GENERATE backwards", HEAD + "$GENERATE 10-1 host$ A 10.0.0.1\n"));
    c.add(
        FuzzCase.badZone(
            "$GENERATE with a huge width",
            HEAD + "$GENERATE 1-2 host${0,999999999,d} A 10.0.0.1\n"));
    c.add(
        FuzzCase.badZone(
            "$GENERATE with a huge offset",
            HEAD + "$GENERATE 1-2 host${99999999999999} A 10.0.0.1\n"));
    c.add(
        FuzzCase.badZone(
            "$GENERATE brace never closed", HEAD + "$GENERATE 1-2 host${0,3,d A 10.0.0.1\n"));
    c.add(FuzzCase.badZone("$GENERATE without a template", HEAD + "$GENERATE 1-2\n"));
    c.add(
        FuzzCase.builder("$GENERATE of billions in an include")
            .file("zones/example.com.zone", HEAD + "$INCLUDE gen.inc\n")
            .file("zones/gen.inc", "$GENERATE 1-4000000000 h$ TXT \"$\"\n")
            .build());
    c.add(
        FuzzCase.builder("a line of 100 MB")
            .file(
                "zones/example.com.zone",
                out -> {
                  out.write(HEAD.getBytes(StandardCharsets.UTF_8));
                  out.write("www IN TXT ".getBytes(StandardCharsets.UTF_8));
                  byte[] chunk = "abcdefgh".repeat(8192).getBytes(StandardCharsets.US_ASCII);
                  for (long n = 0; n < HUNDRED_MB; n += chunk.length) {
                    out.write(chunk);
                  }
                  out.write('\n');
                })
            .build());
    c.add(
        FuzzCase.builder("a line of 100 MB of short fields")
            .file(
                "zones/example.com.zone",
                out -> {
                  out.write(HEAD.getBytes(StandardCharsets.UTF_8));
                  out.write("www IN TXT ".getBytes(StandardCharsets.UTF_8));
                  byte[] chunk = "a ".repeat(32768).getBytes(StandardCharsets.US_ASCII);
                  for (long n = 0; n < HUNDRED_MB; n += chunk.length) {
                    out.write(chunk);
                  }
                  out.write('\n');
                })
            .build());
    c.add(
        FuzzCase.builder("a quoted string of 100 MB")
            .file(
                "zones/example.com.zone",
                out -> {
                  out.write((HEAD + "www IN TXT \"").getBytes(StandardCharsets.UTF_8));
                  byte[] chunk = "q".repeat(65536).getBytes(StandardCharsets.US_ASCII);
                  for (long n = 0; n < HUNDRED_MB; n += chunk.length) {
                    out.write(chunk);
                  }
                  out.write("\"\n".getBytes(StandardCharsets.UTF_8));
                })
            .build());
    c.add(
        FuzzCase.builder("an owner name of 100 MB")
            .file(
                "zones/example.com.zone",
                out -> {
                  out.write(HEAD.getBytes(StandardCharsets.UTF_8));
                  byte[] chunk = "n".repeat(65536).getBytes(StandardCharsets.US_ASCII);
                  for (long n = 0; n < HUNDRED_MB; n += chunk.length) {
                    out.write(chunk);
                  }
                  out.write(" IN A 192.0.2.1\n".getBytes(StandardCharsets.UTF_8));
                })
            .build());
    c.add(
        FuzzCase.badZone(
            "a line of 1 MB in quotes", HEAD + "www IN TXT \"" + "q".repeat(1 << 20) + "\"\n"));
    c.add(FuzzCase.badZone("a name of 1 MB", HEAD + "n".repeat(1 << 20) + " IN A 192.0.2.1\n"));
    return c;
  }

  static List<FuzzCase> tomlFiles() {
    List<FuzzCase> c = new ArrayList<>();
    c.add(toml("table never closed", "[defaults\nignore = []\n"));
    c.add(toml("quote never closed", "[defaults]\nignore = [\"dyn*]\n"));
    c.add(toml("array never closed", "[defaults]\nignore = [\"dyn*\"\nmax_update_percent = 30\n"));
    c.add(toml("a number where text belongs", "[defaults]\nignore = [42]\n"));
    c.add(toml("text where a number belongs", "[defaults]\nmax_update_percent = \"thirty\"\n"));
    c.add(toml("percent over 100", "[defaults]\nmax_update_percent = 500\n"));
    c.add(toml("negative TTL", "[zones.\"example.com\"]\nttl = -1\n"));
    c.add(toml("TTL past a long", "[zones.\"example.com\"]\nttl = 99999999999999999999\n"));
    c.add(toml("TTL past 2^31", "[zones.\"example.com\"]\nttl = 4294967296\n"));
    c.add(toml("unknown setting", "[zones.\"example.com\"]\nprotect = true\n"));
    c.add(toml("unknown table", "[default]\nignore = []\n"));
    c.add(toml("duplicate key", "[defaults]\ncomments = true\ncomments = false\n"));
    c.add(toml("duplicate table", "[defaults]\ncomments = true\n[defaults]\nmanage_soa = true\n"));
    c.add(toml("ten thousand nested arrays", "[defaults]\nignore = " + "[".repeat(10_000) + "\n"));
    c.add(
        toml(
            "ten thousand nested inline tables",
            "[defaults]\nlabels = " + "{ a = ".repeat(10_000) + "\n"));
    c.add(toml("ignore pattern out of the zone", "[defaults]\nignore = [\"www.example.org.\"]\n"));
    c.add(toml("ignore with an unknown type", "[defaults]\nignore = [\"dyn* FOO\"]\n"));
    c.add(toml("label with a space", "[defaults]\nlabels = { \"bad key\" = \"x\" }\n"));
    c.add(toml("zone name with a space", "[zones.\"exa mple.com\"]\nttl = 300\n"));
    c.add(
        toml(
            "RRSet key without a type",
            "[zones.\"example.com\".rrsets.\"www\"]\nprotected = true\n"));
    c.add(toml("secondary without primaries", "[zones.\"example.net\"]\nmode = \"secondary\"\n"));
    c.add(
        toml(
            "TSIG key file missing",
            "[zones.\"example.net\"]\nmode = \"secondary\"\nprimaries = [{ address ="
                + " \"198.51.100.7\", tsig_key_file = \"keys/missing.key\" }]\n"));
    c.add(
        toml(
            "TSIG key file outside the directory",
            "[zones.\"example.net\"]\nmode = \"secondary\"\nprimaries ="
                + " [{ address = \"198.51.100.7\", tsig_key_file = \"/etc/passwd\" }]\n"));
    c.add(
        toml(
            "primary that is not an address",
            "[zones.\"example.net\"]\nmode = \"secondary\"\nprimaries ="
                + " [{ address = \"not an address\" }]\n"));
    byte[] random = new byte[2048];
    new Random(2048).nextBytes(random);
    c.add(
        FuzzCase.builder("hzone.toml of random bytes")
            .file("zones/example.com.zone", GOOD_ZONE)
            .file("zones/hzone.toml", random)
            .build());
    c.add(
        FuzzCase.builder("hzone.toml with invalid UTF-8")
            .file("zones/example.com.zone", GOOD_ZONE)
            .file(
                "zones/hzone.toml",
                concat(
                    "[defaults]\nignore = [\"dyn".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, (byte) 0x28},
                    "\"]\n".getBytes(StandardCharsets.UTF_8)))
            .build());
    c.add(
        FuzzCase.builder("hzone.toml over 1 MiB")
            .file("zones/example.com.zone", GOOD_ZONE)
            .file("zones/hzone.toml", "[defaults]\n" + "# padding\n".repeat(120_000))
            .build());
    return c;
  }

  private static FuzzCase toml(String name, String text) {
    return FuzzCase.builder("hzone.toml: " + name)
        .file("zones/example.com.zone", GOOD_ZONE)
        .file("zones/hzone.toml", text)
        .build();
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }
}
