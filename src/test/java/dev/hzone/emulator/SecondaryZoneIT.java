package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.NamedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;

/**
 * Issue 16: a secondary zone in the emulator follows a BIND primary. named serves the zone with
 * TSIG-only transfers; the emulator's secondary transfers it with the zone's key and serves it over
 * DNS; a change at the primary arrives by NOTIFY (signed, from the primary's address) or by the SOA
 * refresh timer.
 */
class SecondaryZoneIT {
  static final String ZONE = "sec.test";
  static final NamedServer.Key KEY = NamedServer.Key.random("sec-key", "hmac-sha256");

  @TempDir Path dir;
  NamedServer named;
  Emulator emulator;
  final List<String> log = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.close();
    }
    if (named != null) {
      named.close();
    }
    for (String line : log) {
      assertFalse(line.contains(KEY.secret()), "the TSIG secret was logged: " + line);
    }
  }

  static String zoneText(long serial, String www, int refresh) {
    return "$TTL 300\n@ SOA ns1.sec.test. hostmaster.sec.test. "
        + serial
        + " "
        + refresh
        + " 1 600 60\n"
        + "@ NS ns1.sec.test.\nns1 A 192.0.2.1\nwww A "
        + www
        + "\n";
  }

  void startNamed(long serial, String www, int refresh, int port) {
    named =
        NamedServer.builder(dir.resolve("named"))
            .key(KEY)
            .port(port)
            .zone(NamedServer.Zone.of(ZONE, zoneText(serial, www, refresh)).allowTransferTo(KEY))
            .start();
  }

  void startEmulatorWithSecondary() throws Exception {
    InetSocketAddress lo = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    emulator =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(lo)
                    .withDnsListen(lo)
                    .withActionDuration(Duration.ofMillis(50)))
            .followPrimaries()
            .log(log::add)
            .start();
    String body =
        "{\"name\":\""
            + ZONE
            + "\",\"mode\":\"secondary\",\"labels\":{\"hzone.dev/tsig-key-name\":\""
            + KEY.name()
            + "\"},\"primary_nameservers\":[{\"address\":\"127.0.0.1\",\"port\":"
            + named.port()
            + ",\"tsig_algorithm\":\"hmac-sha256\",\"tsig_key\":\""
            + KEY.secret()
            + "\"}]}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.apiEndpoint() + "/zones"))
                    .header("Authorization", "Bearer " + emulator.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
  }

  SimpleResolver emulatorDns() {
    SimpleResolver r = new SimpleResolver(emulator.dnsAddress().orElseThrow());
    r.setTimeout(Duration.ofSeconds(2));
    return r;
  }

  Optional<String> www() {
    try {
      Message m =
          emulatorDns()
              .send(
                  Message.newQuery(
                      Record.newRecord(
                          Name.fromConstantString("www.sec.test."), Type.A, DClass.IN)));
      return m.getSection(Section.ANSWER).stream()
          .filter(x -> x instanceof ARecord)
          .map(x -> ((ARecord) x).getAddress().getHostAddress())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Waits (generously; the machine is shared) until the emulator serves {@code expected} for www.
   */
  void awaitWww(String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (www().equals(Optional.of(expected))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the emulator never served www " + expected + "; log: " + log);
  }

  /** The zone's {@code record_count} as the API reports it. */
  int recordCount() throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.apiEndpoint() + "/zones/" + ZONE))
                    .header("Authorization", "Bearer " + emulator.token())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return com.google.gson.JsonParser.parseString(r.body())
        .getAsJsonObject()
        .getAsJsonObject("zone")
        .get("record_count")
        .getAsInt();
  }

  /**
   * Waits until the API's {@code record_count} is {@code expected} (it follows the transfer just
   * after DNS).
   */
  void awaitRecordCount(int expected) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int n = recordCount();
    while (n != expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
      n = recordCount();
    }
    assertEquals(
        expected, n, "record_count: the records of the last transfer (SOA, NS, ns1 A, www A)");
  }

  Message notifyFrom(String localAddress, boolean signed) throws IOException {
    Message m = new Message();
    m.getHeader().setOpcode(Opcode.NOTIFY);
    m.getHeader().setFlag(Flags.AA);
    m.addRecord(
        Record.newRecord(Name.fromConstantString(ZONE + "."), Type.SOA, DClass.IN),
        Section.QUESTION);
    SimpleResolver r = emulatorDns();
    r.setLocalAddress(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
    if (signed) {
      r.setTSIGKey(
          new TSIG(
              TSIG.HMAC_SHA256,
              Name.fromConstantString(KEY.name() + "."),
              java.util.Base64.getDecoder().decode(KEY.secret())));
    }
    return r.send(m);
  }

  @Test
  void followsThePrimaryByNotifyWithTsig() throws Exception {
    startNamed(1, "203.0.113.1", 3600, 0);
    int port = named.port();
    startEmulatorWithSecondary();
    awaitWww("203.0.113.1");
    assertTrue(
        log.stream().anyMatch(l -> l.contains("serial 1") && l.contains("TSIG verified")),
        log.toString());

    named.close();
    startNamed(2, "203.0.113.2", 3600, port);
    assertEquals(
        Rcode.NOTAUTH, notifyFrom("127.0.0.1", false).getRcode(), "an unsigned NOTIFY is refused");
    assertEquals(
        Rcode.REFUSED,
        notifyFrom("127.0.0.2", true).getRcode(),
        "NOTIFY from elsewhere is refused");
    assertEquals(Optional.of("203.0.113.1"), www(), "a refused NOTIFY changes nothing");
    Message accepted = notifyFrom("127.0.0.1", true);
    assertEquals(Rcode.NOERROR, accepted.getRcode());
    assertTrue(accepted.isVerified(), "the answer to a signed NOTIFY is signed");
    awaitWww("203.0.113.2");
  }

  @Test
  void followsThePrimaryOnItsRefreshTimerWithoutNotify() throws Exception {
    startNamed(10, "203.0.113.10", 1, 0);
    int port = named.port();
    startEmulatorWithSecondary();
    awaitWww("203.0.113.10");
    awaitRecordCount(4);
    named.close();
    startNamed(11, "203.0.113.11", 1, port);
    awaitWww("203.0.113.11");
    assertTrue(log.stream().anyMatch(l -> l.contains("serial 11")), log.toString());
  }

  @Test
  void aWrongKeyTransfersNothing() throws Exception {
    startNamed(20, "203.0.113.20", 1, 0);
    InetSocketAddress lo = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    emulator =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(lo)
                    .withDnsListen(lo)
                    .withActionDuration(Duration.ofMillis(50)))
            .followPrimaries()
            .log(log::add)
            .start();
    String body =
        "{\"name\":\""
            + ZONE
            + "\",\"mode\":\"secondary\",\"labels\":{\"hzone.dev/tsig-key-name\":\""
            + KEY.name()
            + "\"},\"primary_nameservers\":[{\"address\":\"127.0.0.1\",\"port\":"
            + named.port()
            + ",\"tsig_algorithm\":\"hmac-sha256\",\"tsig_key\":\""
            + KEY.withOtherSecret().secret()
            + "\"}]}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.apiEndpoint() + "/zones"))
                    .header("Authorization", "Bearer " + emulator.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline
        && log.stream().noneMatch(l -> l.contains("transfer failed"))) {
      Thread.sleep(100);
    }
    assertTrue(log.stream().anyMatch(l -> l.contains("transfer failed")), log.toString());
    assertEquals(Optional.empty(), www(), "nothing is served from a transfer that failed");
    assertEquals(0, recordCount(), "nothing transferred, no records");
  }
}
