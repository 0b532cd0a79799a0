package dev.hzone.cli.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code set-rdns} against the emulator where the forward side goes wrong (issue 15 item 8): a name
 * that is a CNAME in the project's zone is refused before any write, and a forward record added by
 * {@code --add-forward} is taken out again when the PTR request then fails. Every write the
 * emulator answered is recorded to show what was sent.
 */
class ReverseDnsEmulatorTest {
  @TempDir Path dir;

  /** {@code METHOD path status} of every request other than a GET, in order. */
  private final List<String> writes = new CopyOnWriteArrayList<>();

  /**
   * The writes of the command under test: the observer runs after the answer went out, so the
   * set-up's last creations ({@code POST} of a zone, RRSet or floating IP) may still arrive after
   * {@code writes.clear()}.
   */
  private List<String> sent() {
    return writes.stream()
        .filter(w -> !w.matches("POST /v1/(zones|zones/example\\.com/rrsets|floating_ips) \\d+"))
        .toList();
  }

  private EmulatorRun emulator() {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withDnsListen(new InetSocketAddress(lo, 0))
            .withToken("reverse-dns-test-token")
            .withActionDuration(Duration.ZERO)
            .withStateDir(dir.resolve("emulator-state"));
    Emulator emu =
        Emulator.builder(o)
            .noDns()
            .observer(
                (method, path, status, body) -> {
                  if (!method.equals("GET")) {
                    writes.add(method + " " + path + " " + status);
                  }
                })
            .start();
    return new EmulatorRun(dir, emu);
  }

  private static String ptr(EmulatorRun emu, String floatingIp) throws Exception {
    JsonObject f =
        emu.get("/floating_ips?name=" + floatingIp)
            .getAsJsonObject()
            .getAsJsonArray("floating_ips")
            .get(0)
            .getAsJsonObject();
    return f.getAsJsonArray("dns_ptr").toString();
  }

  @Test
  void aCnameIsNamedWithItsTargetAndNothingIsSent() throws Exception {
    try (EmulatorRun emu = emulator()) {
      emu.ok("zone", "create", "example.com");
      emu.ok("record", "add", "example.com", "www", "CNAME", "web.example.com.");
      emu.ok("floating-ip", "create", "--type", "ipv4", "--home-location", "fsn1", "--name", "vip");
      String before = ptr(emu, "vip");
      for (List<String> extra : List.of(List.of("--add-forward"), List.<String>of())) {
        writes.clear();
        List<String> args =
            new java.util.ArrayList<>(
                List.of("floating-ip", "set-rdns", "vip", "--hostname", "www.example.com"));
        args.addAll(extra);
        CloudRun r = emu.hzone(args.toArray(String[]::new));
        assertEquals(65, r.code(), r.transcript());
        assertTrue(
            r.err().contains("www.example.com is a CNAME to web.example.com in zone example.com"),
            r.transcript());
        assertTrue(
            r.err().contains("'hzone floating-ip set-rdns vip --hostname web.example.com --ip "),
            "says what to do instead: " + r.transcript());
        assertFalse(r.err().contains("no A record"), r.transcript());
        assertEquals(List.of(), sent(), "nothing was sent for " + extra);
      }
      assertEquals(before, ptr(emu, "vip"), "the reverse entry is unchanged");
      String records = emu.ok("record", "list", "example.com").out();
      assertFalse(
          records.matches("(?s).*\\bwww\\s+\\S*\\s*A\\b.*"), "no A beside the CNAME: " + records);
    }
  }

  @Test
  void theForwardRecordIsRemovedAgainWhenThePtrFails() throws Exception {
    try (EmulatorRun emu = emulator()) {
      emu.ok("zone", "create", "example.com");
      emu.ok("record", "add", "example.com", "mail", "A", "198.51.100.1");
      emu.ok("floating-ip", "create", "--type", "ipv4", "--home-location", "fsn1", "--name", "vip");
      writes.clear();
      // The emulator refuses an address that is not the floating IP's (invalid_input), as the API
      // does.
      CloudRun r =
          emu.hzone(
              "floating-ip",
              "set-rdns",
              "vip",
              "--hostname",
              "mail.example.com",
              "--ip",
              "198.51.100.99",
              "--add-forward");
      assertEquals(65, r.code(), "the API's invalid_input, as for any command: " + r.transcript());
      assertTrue(
          r.err()
              .contains(
                  "Forward record mail.example.com A 198.51.100.99 added to zone example.com"),
          r.transcript());
      assertTrue(
          r.err()
              .contains(
                  "the forward record mail.example.com A 198.51.100.99 added to zone example.com "
                      + "was removed again"),
          r.transcript());
      assertTrue(
          r.err().contains("does not belong to this resource"),
          "the PTR failure is reported: " + r.transcript());
      // The observer may report the last write just after hzone returned: wait for it, with a
      // generous deadline.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (sent().size() < 3 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
        Thread.yield();
      }
      List<String> writes = sent();
      assertEquals(3, writes.size(), writes.toString());
      assertTrue(
          writes
              .get(0)
              .startsWith("POST /v1/zones/example.com/rrsets/mail/A/actions/add_records 2"),
          writes.toString());
      assertTrue(
          writes.get(1).matches("POST /v1/floating_ips/\\d+/actions/change_dns_ptr 422"),
          writes.toString());
      assertTrue(
          writes
              .get(2)
              .startsWith("POST /v1/zones/example.com/rrsets/mail/A/actions/remove_records 2"),
          writes.toString());
      String a = emu.get("/zones/example.com/rrsets/mail/A").toString();
      assertTrue(
          a.contains("198.51.100.1") && !a.contains("198.51.100.99"),
          "exactly the added address went: " + a);
    }
  }
}
