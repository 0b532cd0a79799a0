package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Path workDir, String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]),
        Map.of(),
        workDir);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void checkPassesTheExampleZonesIncludingTheIdnOne() {
    assertEquals(0, run(Path.of("").toAbsolutePath(), "file", "check", "zones/"), err());
    assertTrue(
        out()
            .contains(
                "zones/bäckerei-müller.de.zone: ok, zone bäckerei-müller.de (xn--bckerei-mller-bfb28a.de)"),
        out());
    assertTrue(out().contains("zones/example.com.zone: ok, zone example.com"), out());
    assertTrue(out().contains("zones/example.org.zone: ok, zone example.org"), out());
  }

  @Test
  void checkReportsFileAndLineAndExits65WithoutAStackTrace() throws Exception {
    write(
        "example.com.zone",
        "$TTL 300\n@ IN A 192.0.2.1\nwww IN CNAME @\nwww IN A 192.0.2.2\nx 30 IN A 300.1.1.1\n");
    assertEquals(65, run(dir, "file", "check", "example.com.zone"));
    // Every error in one run (issue 15): the syntax error and the lint rule's on the records that
    // were read.
    assertEquals(
        """
        example.com.zone:4: www has a CNAME (example.com.zone:3) and A records: a name with a CNAME can have no other records
        example.com.zone:5: bad IPv4 address '300.1.1.1' (four numbers 0-255 without leading zeros)
        """,
        err());
    write(
        "example.com.zone",
        "$TTL 300\n@ IN A 192.0.2.1\nwww IN CNAME @\nwww IN A 192.0.2.2\nx 30 IN A 192.0.2.3\n");
    err.reset();
    assertEquals(65, run(dir, "file", "check", "."));
    assertEquals(
        """
        example.com.zone:4: www has a CNAME (example.com.zone:3) and A records: a name with a CNAME can have no \
        other records
        example.com.zone:5: x/A has TTL 30, below 60, the lowest the API accepts
        """,
        err());
    assertFalse(err().contains("Exception"));
  }

  @Test
  void checkRejectsSubdomainZones() throws Exception {
    write("shop.example.co.uk.zone", "$TTL 300\n@ IN A 192.0.2.1\n");
    assertEquals(65, run(dir, "file", "check", "shop.example.co.uk.zone"));
    assertTrue(
        err()
            .contains(
                "shop.example.co.uk.zone:1: shop.example.co.uk is a subdomain of example.co.uk"),
        err());
  }

  @Test
  void renderPrintsOneAbsoluteLinePerRecord() throws Exception {
    write("db.example.net", "$TTL 300\n@ IN MX 10 mail\nmail IN A 192.0.2.25 ; the mail server\n");
    assertEquals(0, run(dir, "file", "render", "db.example.net"), err());
    assertEquals(
        """
        example.net.      300 IN MX    10 mail.example.net.
        mail.example.net. 300 IN A     192.0.2.25 ; the mail server
        """,
        out());
  }

  @Test
  void fmtRewritesAndCheckReportsUnformattedFiles() throws Exception {
    write(
        "example.net.zone",
        "$ORIGIN example.net.\n$TTL 300\nwww IN A 192.0.2.1\n@ IN A 192.0.2.2\n");
    assertEquals(1, run(dir, "file", "fmt", "--check", "."));
    assertEquals("example.net.zone\n", out());
    assertEquals(0, run(dir, "file", "fmt", "."));
    assertEquals(
        "$ORIGIN example.net.\n$TTL 300\n\n@   IN A     192.0.2.2\nwww IN A     192.0.2.1\n",
        Files.readString(dir.resolve("example.net.zone")));
    out.reset();
    assertEquals(0, run(dir, "file", "fmt", "--check", "."));
    assertEquals("", out());
  }

  /**
   * A formatted zone file is replaced by one with the mode any new file gets (the umask's), as
   * {@code pull} writes them, not a temporary file's owner-only 0600: zone files are kept in Git
   * and read by others.
   */
  @Test
  void fmtLeavesTheFileReadableAsAnyNewFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX file modes");
    Path zone = dir.resolve("example.net.zone");
    write(
        "example.net.zone",
        "$ORIGIN example.net.\n$TTL 300\nwww IN A 192.0.2.1\n@ IN A 192.0.2.2\n");
    Path fresh = Files.writeString(dir.resolve("fresh.txt"), "x");
    assertEquals(0, run(dir, "file", "fmt", "example.net.zone"));
    assertEquals(
        Files.getPosixFilePermissions(fresh),
        Files.getPosixFilePermissions(zone),
        "fmt gives the file a new file's mode");
    assertTrue(
        Files.getPosixFilePermissions(zone)
            .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
  }

  @Test
  void usageErrors() {
    assertEquals(64, run(dir, "file", "render"));
    assertTrue(err().contains("missing arguments: usage: hzone file render FILE"), err());
    assertEquals(65, run(dir, "file", "check", "nothing-here"));
  }
}
