package dev.hzone.cli.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrimaryOptionsTest {
  static final String SECRET = "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cy0xMjM0NTY=";
  @TempDir Path dir;

  List<PrimaryOptions.Given> parse(Map<String, String> env, String... args) throws Exception {
    Options o = PrimaryOptions.add(new Options());
    CommandLine cl = new DefaultParser().parse(o, args);
    PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
    GlobalOptions g =
        new GlobalOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            dir,
            OutputOptions.table(),
            false,
            false);
    Invocation inv =
        new Invocation(
            sink, sink, new ByteArrayInputStream(new byte[0]), env, dir, g, new Resources());
    return PrimaryOptions.parse(inv, cl);
  }

  /** What {@code PrimaryOptions.parse} printed on stderr. */
  String stderrOf(String... args) throws Exception {
    CommandLine cl = new DefaultParser().parse(PrimaryOptions.add(new Options()), args);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
    GlobalOptions g =
        new GlobalOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            dir,
            OutputOptions.table(),
            false,
            false);
    Invocation inv =
        new Invocation(
            new PrintStream(java.io.OutputStream.nullOutputStream()),
            errStream,
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            dir,
            g,
            new Resources());
    PrimaryOptions.parse(inv, cl);
    return err.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void keyFilesOthersMayReadAreWarnedAboutOnceNeverQuoted() throws Exception {
    Path key =
        Files.writeString(
            dir.resolve("k.key"),
            "key \"xfer\" { algorithm hmac-sha1; secret \"" + SECRET + "\"; };");
    Files.setPosixFilePermissions(
        key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    String err =
        stderrOf(
            "--primary",
            "192.0.2.1",
            "--tsig-key-file",
            "k.key",
            "--primary",
            "192.0.2.2",
            "--tsig-key-file",
            "k.key");
    assertEquals(
        "warning: "
            + key
            + " holds a TSIG key but has mode rw-r--r--, so other users may read it; run: "
            + "chmod 600 "
            + key
            + "\n",
        err);
    Path json =
        Files.writeString(
            dir.resolve("primaries.json"),
            "[{\"address\": \"192.0.2.1\", \"tsig_algorithm\": \"hmac-sha256\", \"tsig_key\": \""
                + SECRET
                + "\"}]");
    Files.setPosixFilePermissions(
        json, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    String fromJson = stderrOf("--primary-nameservers-file", "primaries.json");
    assertTrue(fromJson.contains(json + " holds TSIG keys but has mode rw-rw-r--"), fromJson);
    assertFalse(fromJson.contains(SECRET));
    Files.setPosixFilePermissions(
        key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    assertEquals("", stderrOf("--primary", "192.0.2.1", "--tsig-key-file", "k.key"));
    Files.writeString(json, "[{\"address\": \"192.0.2.1\"}]");
    assertEquals(
        "", stderrOf("--primary-nameservers-file", "primaries.json"), "no key, nothing to protect");
  }

  @Test
  void tsigOptionsApplyToThePrimaryTheyFollow() throws Exception {
    Files.writeString(
        dir.resolve("k.key"), "key \"xfer\" { algorithm hmac-sha1; secret \"" + SECRET + "\"; };");
    List<PrimaryOptions.Given> g =
        parse(
            Map.of(),
            "--primary",
            "192.0.2.1",
            "--tsig-key-file",
            "k.key",
            "--primary",
            "[2001:db8::1]:5353");
    assertEquals(2, g.size());
    PrimaryNameserver first = g.get(0).primary();
    assertEquals("192.0.2.1", first.address());
    assertEquals(53, first.port());
    assertEquals(Optional.of(SECRET), first.tsigKey());
    assertEquals(Optional.of(dev.hzone.tsig.TsigAlgorithm.HMAC_SHA1), first.tsigAlgorithm());
    assertEquals(Optional.of("xfer"), g.get(0).keyName());
    assertEquals("2001:db8::1", g.get(1).primary().address());
    assertEquals(5353, g.get(1).primary().port());
    assertEquals(Optional.empty(), g.get(1).primary().tsigKey());
    assertEquals(Optional.of("xfer"), PrimaryOptions.keyNameLabel(g));
  }

  @Test
  void optionsBeforeAnyPrimaryApplyToAllAndBareSecretsDefaultToSha256() throws Exception {
    List<PrimaryOptions.Given> g =
        parse(
            Map.of("XFER", SECRET),
            "--tsig-key-env",
            "XFER",
            "--primary",
            "192.0.2.1",
            "--primary",
            "192.0.2.2");
    assertTrue(g.stream().allMatch(x -> x.primary().tsigKey().equals(Optional.of(SECRET))));
    assertTrue(
        g.stream()
            .allMatch(
                x ->
                    x.primary()
                        .tsigAlgorithm()
                        .equals(Optional.of(dev.hzone.tsig.TsigAlgorithm.HMAC_SHA256))));
    assertEquals(Optional.empty(), PrimaryOptions.keyNameLabel(g));
  }

  @Test
  void conflictsAndMistakesAreUsageOrDataErrorsWithoutTheSecret() throws Exception {
    Files.writeString(dir.resolve("k.key"), "hmac-sha256:xfer:" + SECRET);
    CliException clash =
        assertThrows(
            CliException.class,
            () ->
                parse(
                    Map.of(),
                    "--primary",
                    "192.0.2.1",
                    "--tsig-key-file",
                    "k.key",
                    "--tsig-algorithm",
                    "hmac-md5"));
    assertTrue(
        clash.getMessage().contains("differs from the key's algorithm hmac-sha256"),
        clash.getMessage());
    assertFalse(clash.getMessage().contains(SECRET));
    Files.writeString(dir.resolve("bad.key"), "###");
    CliException bad =
        assertThrows(
            CliException.class,
            () -> parse(Map.of(), "--primary", "192.0.2.1", "--tsig-key-file", "bad.key"));
    assertEquals(ExitCodes.DATA, bad.exitCode());
    CliException nokey =
        assertThrows(
            CliException.class,
            () -> parse(Map.of(), "--primary", "192.0.2.1", "--tsig-algorithm", "hmac-md5"));
    assertTrue(nokey.getMessage().contains("needs a key"), nokey.getMessage());
    CliException lonely =
        assertThrows(CliException.class, () -> parse(Map.of("X", SECRET), "--tsig-key-env", "X"));
    assertTrue(lonely.getMessage().contains("need a --primary"), lonely.getMessage());
  }
}
