package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * dig (Debian dnsutils) against the emulator's DNS port, with zones changed through the API:
 * answers with AA, NXDOMAIN and NODATA with the SOA, and an AXFR equal to the zone's {@code
 * zonefile} export.
 */
class DigIT {
  private static final String TOKEN = "dig-test-token";
  private Emulator emu;
  private ApiTestClient api;
  private String dig;

  @BeforeEach
  void start() {
    dig = Tools.require("dig");
    InetAddress lo = InetAddress.getLoopbackAddress();
    emu =
        Emulator.builder(
                EmulatorOptions.defaults()
                    .withListen(new InetSocketAddress(lo, 0))
                    .withDnsListen(new InetSocketAddress(lo, 0))
                    .withToken(TOKEN)
                    .withActionDuration(Duration.ZERO))
            .start();
    api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
    assertEquals(
        201,
        api.post(
                "/zones",
                "{\"name\":\"example.com\",\"mode\":\"primary\",\"rrsets\":["
                    + "{\"name\":\"www\",\"type\":\"A\",\"ttl\":300,\"records\":[{\"value\":\"203.0.113.10\"},"
                    + "{\"value\":\"203.0.113.11\"}]},"
                    + "{\"name\":\"alias\",\"type\":\"CNAME\",\"records\":[{\"value\":\"www\"}]},"
                    + "{\"name\":\"*.apps\",\"type\":\"A\",\"records\":[{\"value\":\"198.51.100.5\"}]},"
                    + "{\"name\":\"@\",\"type\":\"MX\",\"records\":[{\"value\":\"10 mail.example.com.\"}]},"
                    + "{\"name\":\"sub\",\"type\":\"NS\",\"records\":[{\"value\":\"ns1.other.net.\"}]},"
                    + "{\"name\":\"_dmarc\",\"type\":\"TXT\",\"records\":[{\"value\":\"\\\"v=DMARC1; p=none\\\" \\\"x y\\\"\"}]}"
                    + "]}")
            .status());
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private String dig(String... args) throws IOException, InterruptedException {
    InetSocketAddress a = emu.dnsAddress().orElseThrow();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                dig,
                "@" + a.getAddress().getHostAddress(),
                "-p",
                Integer.toString(a.getPort()),
                "+norec",
                "+time=5",
                "+tries=1"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void answersAuthoritativelyFromTheZoneAsChangedThroughTheApi() throws Exception {
    String www = dig("www.example.com", "A");
    assertTrue(www.contains("status: NOERROR"), www);
    assertTrue(www.matches("(?s).*flags: qr aa.*"), www);
    assertTrue(
        www.matches("(?s).*www\\.example\\.com\\.\\s+300\\s+IN\\s+A\\s+203\\.0\\.113\\.10.*"), www);
    String alias = dig("alias.example.com", "A");
    assertTrue(alias.contains("alias.example.com.\t3600\tIN\tCNAME\twww.example.com."), alias);
    assertTrue(dig("x.apps.example.com", "A").contains("198.51.100.5"));
    String txt = dig("_dmarc.example.com", "TXT");
    assertTrue(txt.contains("\"v=DMARC1; p=none\" \"x y\""), txt);

    api.post(
        "/zones/example.com/rrsets/www/A/actions/set_records",
        "{\"records\":[{\"value\":\"192.0.2.99\"}]}");
    String changed = dig("www.example.com", "A");
    assertTrue(changed.contains("192.0.2.99") && !changed.contains("203.0.113.10"), changed);
  }

  @Test
  void answersNxdomainAndNodataWithTheSoa() throws Exception {
    String nx = dig("nope.example.com", "A");
    assertTrue(nx.contains("status: NXDOMAIN"), nx);
    assertTrue(
        nx.matches(
            "(?s).*AUTHORITY SECTION:\\s+example\\.com\\.\\s+\\d+\\s+IN\\s+SOA\\s+hydrogen.*"),
        nx);
    String nodata = dig("www.example.com", "MX");
    assertTrue(nodata.contains("status: NOERROR"), nodata);
    assertTrue(nodata.contains("ANSWER: 0"), nodata);
    assertTrue(nodata.matches("(?s).*AUTHORITY SECTION:\\s+example\\.com\\..*SOA.*"), nodata);
    api.delete("/zones/example.com");
    assertTrue(
        dig("www.example.com", "A").contains("status: REFUSED"),
        "a deleted zone is no longer served");
  }

  @Test
  void axfrHasExactlyTheRecordsOfTheZonefileExport() throws Exception {
    String axfr = dig("example.com", "AXFR");
    String export = api.get("/zones/example.com/zonefile").json().get("zonefile").getAsString();
    assertEquals(records(export), records(axfr.replaceAll("(?m)^;.*$", "")));
  }

  /** The records of zone-file text, one canonical line each, SOA once. */
  private static Set<String> records(String text) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Master m =
        new Master(
            new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            Name.fromString("example.com."),
            3600)) {
      Record r;
      while ((r = m.nextRecord()) != null) {
        out.add(
            r.getName().canonicalize()
                + " "
                + r.getTTL()
                + " "
                + Type.string(r.getType())
                + " "
                + r.rdataToString().toLowerCase(java.util.Locale.ROOT));
      }
    }
    assertTrue(out.size() > 8, out.toString());
    return out;
  }
}
