package dev.hzone.cli.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import dev.hzone.sync.verify.DnsVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code apply --verify-dns}: nothing verified never reads as success (issue 15, item 4). */
class DnsCheckTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Invocation inv =
      new Invocation(
          new PrintStream(new ByteArrayOutputStream(), true),
          new PrintStream(err, true, StandardCharsets.UTF_8),
          new ByteArrayInputStream(new byte[0]),
          Map.of(),
          Path.of("."),
          new GlobalOptions(
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              false,
              Path.of(".hzone/local"),
              OutputOptions.parse(List.of()),
              false,
              false),
          new Resources());

  @Test
  void aZoneWhoseNameserversCannotBeResolvedIsExit69() {
    CliException e =
        assertThrows(
            CliException.class,
            () ->
                DnsCheck.conclude(
                    inv,
                    List.of("example.com"),
                    new DnsVerifier.Result(0, 0, List.of()),
                    Duration.ofSeconds(5)));
    assertEquals(69, e.exitCode());
    assertTrue(e.getMessage().contains("not verified for zone example.com"), e.getMessage());
    assertTrue(e.getMessage().contains("--nameserver"), e.getMessage());
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Verified"));
  }

  @Test
  void someZonesVerifiedAndOneNotIsStillExit69() {
    CliException e =
        assertThrows(
            CliException.class,
            () ->
                DnsCheck.conclude(
                    inv,
                    List.of("example.org"),
                    new DnsVerifier.Result(4, 0, List.of()),
                    Duration.ofSeconds(5)));
    assertEquals(69, e.exitCode());
    assertTrue(
        e.getMessage().contains("example.org") && e.getMessage().contains("4 other answers match"),
        e.getMessage());
  }

  @Test
  void onlyAnswersBelowADelegationIsNotSuccess() {
    CliException e =
        assertThrows(
            CliException.class,
            () ->
                DnsCheck.conclude(
                    inv,
                    List.of(),
                    new DnsVerifier.Result(0, 2, List.of()),
                    Duration.ofSeconds(5)));
    assertEquals(69, e.exitCode());
  }

  @Test
  void everythingVerifiedIsSuccess() {
    assertEquals(
        0,
        DnsCheck.conclude(
            inv, List.of(), new DnsVerifier.Result(3, 0, List.of()), Duration.ofSeconds(5)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Verified: 3 answers match."));
  }
}
