package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.hzone.testing.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official hcloud CLI over the network edge of the emulator, in the order a user would go: floating and
 * primary IPs with reverse DNS, certificates from PEM files made by openssl, load balancer types, a load
 * balancer with services and targets and every action the CLI offers; every command exits 0, its output agrees
 * with the emulator's state, every answer validates against openapi.json, and {@code dig -x} against the
 * emulator's DNS port answers the names set.
 */
class HcloudNetworkEdgeIT {
  private static final String TOKEN = "e".repeat(64);

  @TempDir Path dir;

  private Emulator emu;

  private String digX(String ip) throws IOException, InterruptedException {
    InetSocketAddress a = emu.dnsAddress().orElseThrow();
    List<String> cmd = List.of(Tools.require("dig"), "@" + a.getAddress().getHostAddress(), "-p",
        Integer.toString(a.getPort()), "+norec", "+time=5", "+tries=1", "+short", "-x", ip);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /** {@code dig -x ip} until it answers {@code name} (the DNS server serves changes shortly after they commit). */
  private void assertPtr(String ip, String name) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String got = digX(ip);
    while (!got.equals(name) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      got = digX(ip);
    }
    assertEquals(name, got, "dig -x " + ip);
  }

  private void openssl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Tools.require("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  @Test
  void theOfficialCliManagesIpsCertificatesAndLoadBalancers() throws Exception {
    Tools.require("hcloud");
    Tools.require("dig");
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
        "key.pem", "-out", "cert.pem", "-days", "30", "-subj", "/CN=www.example.com", "-addext",
        "subjectAltName=DNS:www.example.com,DNS:example.com");
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    OpenApiContract contract = OpenApiContract.get();
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o = EmulatorOptions.defaults().withListen(new InetSocketAddress(lo, 0))
        .withDnsListen(new InetSocketAddress(lo, 0)).withToken(TOKEN).withActionDuration(Duration.ofMillis(200));
    emu = Emulator.builder(o).observer((method, path, status, body) -> {
      try {
        contract.check(method, path, status, body);
      } catch (AssertionError e) {
        violations.add(e.getMessage());
      }
    }).start();
    HcloudRunner h = new HcloudRunner(dir, emu, TOKEN);
    ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
    try {
      h.ok("server", "create", "--name", "web1", "--type", "cpx22", "--image", "ubuntu-24.04", "--label", "role=web");
      h.ok("server", "create", "--name", "web2", "--type", "cpx22", "--image", "ubuntu-24.04", "--label", "role=web");
      assertPtr("203.0.113.1", "static.1.113.0.203.clients.your-server.de.");

      // Floating IPs
      assertTrue(h.ok("floating-ip", "create", "--type", "ipv4", "--home-location", "fsn1", "--name", "vip",
          "--description", "front", "--label", "env=ci").out().contains("Floating IP 60000001 created"));
      h.ok("floating-ip", "assign", "vip", "web1");
      h.ok("floating-ip", "set-rdns", "vip", "--ip", "192.0.2.1", "--hostname", "vip.example.com");
      h.ok("floating-ip", "add-label", "vip", "tier=front");
      h.ok("floating-ip", "remove-label", "vip", "tier");
      h.ok("floating-ip", "update", "vip", "--description", "frontend");
      h.ok("floating-ip", "enable-protection", "vip", "delete");
      String fip = h.ok("floating-ip", "describe", "vip").out();
      assertTrue(fip.contains("192.0.2.1") && fip.contains("vip.example.com") && fip.contains("frontend")
          && fip.contains("web1"), fip);
      assertTrue(h.ok("floating-ip", "list", "-l", "env=ci", "-o", "noheader").out().contains("vip"));
      assertPtr("192.0.2.1", "vip.example.com.");
      assertEquals(1, h.run("floating-ip", "delete", "vip").code(), "a protected floating IP is not deleted");
      h.ok("floating-ip", "disable-protection", "vip", "delete");
      h.ok("floating-ip", "unassign", "vip");
      JsonObject f = api.get("/floating_ips/60000001").json().getAsJsonObject("floating_ip");
      assertTrue(f.get("server").isJsonNull());
      assertEquals("frontend", f.get("description").getAsString());
      h.ok("floating-ip", "delete", "vip");
      assertEquals("", h.ok("floating-ip", "list", "-o", "noheader").out());

      // Primary IPs: web2 takes a new IPv4 while off; its old one stays, unassigned
      h.ok("primary-ip", "create", "--type", "ipv4", "--name", "spare", "--datacenter", "fsn1-dc14", "--label",
          "env=ci");
      JsonObject spare = api.get("/primary_ips?name=spare").json().getAsJsonArray("primary_ips").get(0)
          .getAsJsonObject();
      String spareIp = spare.get("ip").getAsString();
      String oldId = api.get("/servers?name=web2").json().getAsJsonArray("servers").get(0).getAsJsonObject()
          .getAsJsonObject("public_net").getAsJsonObject("ipv4").get("id").getAsString();
      h.ok("server", "poweroff", "web2");
      h.ok("primary-ip", "unassign", oldId);
      h.ok("primary-ip", "assign", "spare", "--server", "web2");
      h.ok("primary-ip", "set-rdns", "spare", "--ip", spareIp, "--hostname", "mail.example.com");
      h.ok("primary-ip", "update", "spare", "--auto-delete");
      h.ok("primary-ip", "enable-protection", "spare");
      String pip = h.ok("primary-ip", "describe", "spare").out();
      assertTrue(pip.contains(spareIp) && pip.contains("mail.example.com"), pip);
      assertTrue(h.ok("primary-ip", "list", "-l", "env=ci", "-o", "noheader").out().contains("spare"));
      assertTrue(h.ok("server", "describe", "web2").out().contains(spareIp), "the server shows its new IPv4");
      assertPtr(spareIp, "mail.example.com.");
      h.ok("primary-ip", "disable-protection", "spare");
      h.ok("primary-ip", "delete", oldId);
      JsonObject sp = api.get("/primary_ips/" + spare.get("id").getAsLong()).json().getAsJsonObject("primary_ip");
      assertTrue(sp.get("auto_delete").getAsBoolean());
      assertEquals("web2", api.get("/servers/" + sp.get("assignee_id").getAsLong()).json()
          .getAsJsonObject("server").get("name").getAsString());
      h.ok("server", "poweron", "web2");

      // Certificates: uploaded from openssl's PEM files, managed through the emulator's own zone
      assertEquals(201, api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}").status());
      h.ok("certificate", "create", "--name", "site", "--cert-file", dir.resolve("cert.pem").toString(),
          "--key-file", dir.resolve("key.pem").toString());
      String cert = h.ok("certificate", "describe", "site").out();
      assertTrue(cert.contains("www.example.com") && cert.contains("example.com"), cert);
      h.ok("certificate", "add-label", "site", "env=ci");
      h.ok("certificate", "remove-label", "site", "env");
      h.ok("certificate", "update", "site", "--name", "site-tls");
      h.ok("certificate", "create", "--type", "managed", "--name", "auto", "--domain", "api.example.com");
      String managed = h.ok("certificate", "describe", "auto").out();
      assertTrue(managed.contains("api.example.com"), managed);
      JsonObject auto = api.get("/certificates?name=auto").json().getAsJsonArray("certificates").get(0)
          .getAsJsonObject();
      assertEquals("completed", auto.getAsJsonObject("status").get("issuance").getAsString());
      String certs = h.ok("certificate", "list", "-o", "noheader").out();
      assertTrue(certs.contains("site-tls") && certs.contains("auto"), certs);
      long certId = api.get("/certificates?name=site-tls").json().getAsJsonArray("certificates").get(0)
          .getAsJsonObject().get("id").getAsLong();

      // Load balancer types and a load balancer
      assertTrue(h.ok("load-balancer-type", "list").out().contains("lb21"));
      assertTrue(h.ok("load-balancer-type", "describe", "lb11").out().contains("25"));
      h.ok("load-balancer", "create", "--name", "lb1", "--type", "lb11", "--location", "fsn1", "--label", "env=ci");
      h.ok("load-balancer", "add-service", "lb1", "--protocol", "http", "--listen-port", "80",
          "--destination-port", "8080");
      h.ok("load-balancer", "update-service", "lb1", "--listen-port", "80", "--health-check-protocol", "http",
          "--health-check-http-path", "/health", "--health-check-interval", "20s", "--http-sticky-sessions");
      h.ok("load-balancer", "add-service", "lb1", "--protocol", "https", "--listen-port", "443",
          "--destination-port", "8080", "--http-certificates", Long.toString(certId));
      h.ok("load-balancer", "add-target", "lb1", "--server", "web1");
      h.ok("load-balancer", "add-target", "lb1", "--label-selector", "role=web");
      h.ok("load-balancer", "add-target", "lb1", "--ip", "192.0.2.200");
      h.ok("load-balancer", "change-algorithm", "lb1", "--algorithm-type", "least_connections");
      h.ok("load-balancer", "change-type", "lb1", "lb21");
      h.ok("load-balancer", "set-rdns", "lb1", "--ip", "198.51.100.1", "--hostname", "lb.example.com");
      h.ok("load-balancer", "add-label", "lb1", "tier=edge");
      h.ok("load-balancer", "enable-protection", "lb1", "delete");
      h.ok("load-balancer", "metrics", "lb1", "--type", "open_connections", "--start", "2026-01-01T00:00:00Z",
          "--end", "2026-01-01T01:00:00Z");
      String lb = h.ok("load-balancer", "describe", "lb1").out();
      assertTrue(lb.contains("least_connections") && lb.contains("lb21") && lb.contains("/health")
          && lb.contains("192.0.2.200") && lb.contains("role=web") && lb.contains("lb.example.com"), lb);
      assertTrue(h.ok("load-balancer", "list", "-l", "env=ci", "-o", "noheader").out().contains("lb1"));
      assertTrue(h.ok("certificate", "describe", "site-tls").out().contains("lb1"), "used_by names lb1");
      assertPtr("198.51.100.1", "lb.example.com.");
      h.ok("load-balancer", "remove-target", "lb1", "--ip", "192.0.2.200");
      h.ok("load-balancer", "disable-public-interface", "lb1");
      h.ok("load-balancer", "enable-public-interface", "lb1");
      h.ok("load-balancer", "remove-target", "lb1", "--server", "web1");
      h.ok("load-balancer", "delete-service", "lb1", "--listen-port", "443");
      h.ok("load-balancer", "update", "lb1", "--name", "edge");
      JsonObject state = api.get("/load_balancers?name=edge").json().getAsJsonArray("load_balancers").get(0)
          .getAsJsonObject();
      assertEquals(1, state.getAsJsonArray("services").size());
      assertEquals(1, state.getAsJsonArray("targets").size());
      assertEquals("lb21", state.getAsJsonObject("load_balancer_type").get("name").getAsString());
      assertEquals(20, state.getAsJsonArray("services").get(0).getAsJsonObject().getAsJsonObject("health_check")
          .get("interval").getAsInt());
      assertEquals(1, h.run("load-balancer", "delete", "edge").code(), "a protected load balancer is not deleted");
      h.ok("load-balancer", "disable-protection", "edge", "delete");
      h.ok("load-balancer", "delete", "edge");
      h.ok("certificate", "delete", "site-tls");
      h.ok("certificate", "delete", "auto");
      h.ok("primary-ip", "list");
      h.ok("server", "delete", "web1");
      h.ok("server", "delete", "web2");
      assertEquals("", h.ok("primary-ip", "list", "-o", "noheader").out(), "auto_delete IPs go with web2");
      assertEquals("", h.ok("load-balancer", "list", "-o", "noheader").out());
    } finally {
      emu.close();
      Files.write(Path.of("target", "hcloud-network-edge-transcript.txt"), h.transcript());
    }
    assertEquals(List.of(), violations, "answers that differ from openapi.json");
  }
}
