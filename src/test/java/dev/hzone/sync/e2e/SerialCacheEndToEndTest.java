package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.ZoneCreateOptions;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.resolve.DirectQuery;
import dev.hzone.resolve.SoaSerials;
import dev.hzone.sync.document.SerialCache;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.Planner;
import dev.hzone.sync.plan.RemotePlanner;
import dev.hzone.sync.plan.SafetyPolicy;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.sync.remote.HcloudDnsProvider;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, goal 2: a zone whose nameservers all serve the SOA serial of its last read costs no API
 * request, and every edge where that proof is missing reads the zone. The nameserver is the
 * emulator's loopback DNS server, which serves a zone's new serial once the action that changed it
 * has finished; requests are counted in the emulator's access log.
 */
class SerialCacheEndToEndTest {
  private static final String ZONE = "$ORIGIN example.com.\n$TTL 3600\nwww IN A 203.0.113.10\n";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;
  private EmulatorFixture emu;
  private HcloudClient client;
  private Path cacheRoot;

  @BeforeEach
  void start() {
    // Actions take a second, so that a change is at the API before its serial is served.
    emu = new EmulatorFixture(dir, Duration.ofSeconds(1), Duration.ZERO);
    client = emu.client();
    cacheRoot = dir.resolve("cache");
    client
        .actionWaiter()
        .waitFor(client.zones().create(ZoneCreateOptions.primary("example.com")).action());
    client
        .actionWaiter()
        .waitFor(
            client
                .rrsets()
                .create(
                    "example.com",
                    Rrset.of(
                        RrsetKey.of("www", RecordType.A),
                        OptionalInt.empty(),
                        List.of(RecordValue.of("203.0.113.10"))))
                .action());
  }

  @AfterEach
  void stop() {
    client.close();
    emu.close();
  }

  private SerialCache cache(String token, List<InetSocketAddress> servers, boolean refresh) {
    return new SerialCache(
        cacheRoot,
        SerialCache.projectKey(emu.emulator.apiEndpoint().toString(), token),
        SerialCache.Nameservers.fixed(servers),
        new SoaSerials(new DirectQuery(Duration.ofMillis(500))),
        refresh);
  }

  private SerialCache cache() {
    return cache(emu.emulator.token(), List.of(emu.dns().orElseThrow()), false);
  }

  private static DesiredZone desired(String text) {
    return DesiredZone.of(
        new ZoneFileReader().parse(text, "example.com.zone", "example.com").zone());
  }

  /** Plans {@code zone} with {@code cache}; the requests it sent, from the emulator's log. */
  private record Run(ZonePlan plan, List<String> requests) {}

  private Run plan(SerialCache cache, DesiredZone zone) {
    emu.markLog();
    RemotePlanner planner =
        new RemotePlanner(
            new HcloudDnsProvider(client, () -> 0, Clock.systemUTC()),
            new Planner(new ZoneFileWriter()::format),
            2,
            cache);
    Plan p = planner.plan(List.of(zone), PlanOptions.DEFAULT);
    return new Run(p.zones().get(0), emu.requestsSinceMark());
  }

  /** Waits until the emulator's nameserver serves the zone's serial as the API has it now. */
  private void awaitServed() throws InterruptedException {
    String soa =
        client
            .rrsets()
            .get("example.com", RrsetKey.of("@", RecordType.SOA))
            .orElseThrow()
            .records()
            .get(0)
            .value();
    long serial = Long.parseLong(soa.split("\\s+")[2]);
    SoaSerials serials = new SoaSerials(new DirectQuery(Duration.ofSeconds(1)));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (serials.common("example.com", List.of(emu.dns().orElseThrow())).orElse(-1) != serial) {
      assertTrue(System.nanoTime() < deadline, "the emulator never served serial " + serial);
      Thread.sleep(50);
    }
  }

  @Test
  void anUnchangedZoneCostsNoRequestOnceItsSerialIsServed() throws InterruptedException {
    awaitServed();
    Run first = plan(cache(), desired(ZONE));
    assertEquals(ReadMethod.ZONEFILE, first.plan().readMethod());
    assertEquals(2, first.requests().size(), first.requests()::toString);
    Run second = plan(cache(), desired(ZONE));
    assertEquals(ReadMethod.CACHED, second.plan().readMethod());
    assertEquals(List.of(), second.requests());
    assertTrue(second.plan().isEmpty());
    // A local change is planned against the cached read, still without a request.
    Run local = plan(cache(), desired(ZONE.replace("203.0.113.10", "203.0.113.11")));
    assertEquals(List.of(), local.requests());
    assertEquals(1, local.plan().changes().size());
  }

  @Test
  void aChangeThroughTheApiIsSeenOnceItsSerialIsServed() throws InterruptedException {
    awaitServed();
    plan(cache(), desired(ZONE));
    // Another tool adds an RRSet; its action runs a second, so the nameserver still serves the old
    // serial.
    var created =
        client
            .rrsets()
            .create(
                "example.com",
                Rrset.of(
                    RrsetKey.of("other", RecordType.A),
                    OptionalInt.empty(),
                    List.of(RecordValue.of("192.0.2.7"))));
    awaitServed();
    Run after = plan(cache(), desired(ZONE));
    assertEquals(ReadMethod.ZONEFILE, after.plan().readMethod(), "a new serial means a read");
    assertEquals(
        1, after.plan().changes().size(), "the RRSet the other tool made is seen: " + after.plan());
    assertTrue(
        after.plan().changes().get(0).subject().contains("other"),
        after.plan().changes().toString());
    client.actionWaiter().waitFor(created.action());
  }

  @Test
  void aReadWhoseSerialIsNotYetServedIsReadAgainNextTime() throws InterruptedException {
    awaitServed();
    SerialCache cache = cache();
    plan(cache, desired(ZONE));
    // hzone's own apply forgets the zone before it changes it.
    cache.forget("example.com");
    var created =
        client
            .rrsets()
            .create(
                "example.com",
                Rrset.of(
                    RrsetKey.of("other", RecordType.A),
                    OptionalInt.empty(),
                    List.of(RecordValue.of("192.0.2.7"))));
    // While the action runs the nameserver serves the old serial, the API the new one: every plan
    // reads.
    Run lagging = plan(cache, desired(ZONE));
    assertEquals(ReadMethod.ZONEFILE, lagging.plan().readMethod());
    Run stillLagging = plan(cache, desired(ZONE));
    boolean served =
        client.actions().get(List.of(created.action().id())).get(0).status()
            != dev.hzone.api.cloud.ActionStatus.RUNNING;
    if (!served) {
      assertEquals(
          ReadMethod.ZONEFILE,
          stillLagging.plan().readMethod(),
          "the serial read is not served yet");
    }
    client.actionWaiter().waitFor(created.action());
    awaitServed();
    Run settled = plan(cache, desired(ZONE));
    assertEquals(ReadMethod.CACHED, settled.plan().readMethod());
    assertEquals(List.of(), settled.requests());
    assertEquals(1, settled.plan().changes().size(), "the cached read is the new one");
  }

  @Test
  void aNameserverThatDoesNotAnswerMeansAReadFromTheApi() throws Exception {
    awaitServed();
    plan(cache(), desired(ZONE));
    try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      InetSocketAddress mute =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort());
      Run r =
          plan(
              cache(emu.emulator.token(), List.of(emu.dns().orElseThrow(), mute), false),
              desired(ZONE));
      assertEquals(ReadMethod.ZONEFILE, r.plan().readMethod());
      assertEquals(2, r.requests().size(), r.requests()::toString);
    }
    Run none = plan(cache(emu.emulator.token(), List.of(), false), desired(ZONE));
    assertEquals(
        ReadMethod.ZONEFILE, none.plan().readMethod(), "no nameserver to ask proves nothing");
  }

  @Test
  void aCacheOfAnotherProjectOrTokenIsNotUsedAndTheTokenIsNeverStored() throws Exception {
    awaitServed();
    plan(cache(), desired(ZONE));
    Run other =
        plan(
            cache("another-token-0123456789", List.of(emu.dns().orElseThrow()), false),
            desired(ZONE));
    assertEquals(ReadMethod.ZONEFILE, other.plan().readMethod());
    try (Stream<Path> files = Files.walk(cacheRoot)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(text.contains(emu.emulator.token()), f + " holds the token");
        assertFalse(f.toString().contains(emu.emulator.token()), f + " names the token");
      }
    }
    assertEquals(
        ReadMethod.CACHED,
        plan(cache(), desired(ZONE)).plan().readMethod(),
        "each project its own");
  }

  @Test
  void aCorruptOrEditedCacheIsIgnoredAndReplaced() throws Exception {
    awaitServed();
    plan(cache(), desired(ZONE));
    Path file;
    try (Stream<Path> files = Files.walk(cacheRoot)) {
      file =
          files
              .filter(f -> f.getFileName().toString().equals("example.com.json"))
              .findFirst()
              .orElseThrow();
    }
    String good = Files.readString(file);
    Files.writeString(file, good.substring(0, good.length() / 2));
    assertEquals(
        ReadMethod.ZONEFILE,
        plan(cache(), desired(ZONE)).plan().readMethod(),
        "truncated: ignored");
    assertEquals(
        ReadMethod.CACHED, plan(cache(), desired(ZONE)).plan().readMethod(), "and replaced");
    Files.writeString(file, Files.readString(file).replace("203.0.113.10", "203.0.113.99"));
    Run edited = plan(cache(), desired(ZONE));
    assertEquals(ReadMethod.ZONEFILE, edited.plan().readMethod(), "its digest no longer matches");
    assertTrue(edited.plan().isEmpty());
  }

  @Test
  void refreshReadsEveryZoneAndKeepsTheCacheCurrent() throws InterruptedException {
    awaitServed();
    plan(cache(), desired(ZONE));
    Run refreshed =
        plan(cache(emu.emulator.token(), List.of(emu.dns().orElseThrow()), true), desired(ZONE));
    assertEquals(ReadMethod.ZONEFILE, refreshed.plan().readMethod());
    assertEquals(2, refreshed.requests().size());
    assertEquals(ReadMethod.CACHED, plan(cache(), desired(ZONE)).plan().readMethod());
  }

  @Test
  void aSecondaryZoneIsAlwaysReadSinceItsSerialIsItsPrimarys() throws Exception {
    client
        .actionWaiter()
        .waitFor(
            client
                .zones()
                .create(
                    ZoneCreateOptions.secondary(
                        "example.org", List.of(PrimaryNameserver.of("192.0.2.53", 53))))
                .action());
    ZoneSettings secondary =
        new ZoneSettings(
            ZoneMode.SECONDARY,
            OptionalInt.empty(),
            List.of(),
            SafetyPolicy.DEFAULT,
            Optional.empty(),
            Optional.empty(),
            List.of(new dev.hzone.sync.PrimaryServer("192.0.2.53", 53, Optional.empty())),
            false,
            true,
            Map.of());
    DesiredZone zone =
        new DesiredZone(
            new ZoneFileReader()
                .parse("$ORIGIN example.org.\n", "hzone.toml", "example.org")
                .zone(),
            secondary,
            Optional.empty());
    for (int i = 0; i < 2; i++) {
      Run r = plan(cache(), zone);
      assertEquals(ReadMethod.NONE, r.plan().readMethod());
      assertEquals(List.of("GET /v1/zones/example.org 200"), r.requests());
    }
    Files.createDirectories(cacheRoot);
    try (Stream<Path> files = Files.walk(cacheRoot)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("example.org")));
    }
  }

  @Test
  void theCacheDirectoryIsTheUsersNeverTheRepository() {
    assertEquals(
        Optional.of(Path.of("/x/cache/hzone")),
        SerialCache.directory(
            k -> k.equals("XDG_CACHE_HOME") ? Optional.of("/x/cache") : Optional.of("/home/u")));
    assertEquals(
        Optional.of(Path.of("/home/u/.cache/hzone")),
        SerialCache.directory(k -> k.equals("HOME") ? Optional.of("/home/u") : Optional.empty()));
    assertEquals(
        Optional.of(Path.of("/home/u/.cache/hzone")),
        SerialCache.directory(
            k -> k.equals("HOME") ? Optional.of("/home/u") : Optional.of("relative/dir")),
        "a relative XDG_CACHE_HOME is ignored");
    assertEquals(Optional.empty(), SerialCache.directory(k -> Optional.empty()));
  }
}
