package dev.hzone.cli.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hzone's own commands for the network edge against the emulator: floating and primary IPs with
 * reverse DNS (set-rdns adding the forward record to the emulator's zone), certificates from PEM
 * files made by openssl, load balancer types and a load balancer with services and targets. Every
 * change is read back through the API.
 */
class NetworkEdgeEmulatorTest {
  @TempDir Path dir;

  private void openssl(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Tools.require("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  private static JsonObject first(com.google.gson.JsonElement list, String key) {
    return list.getAsJsonObject().getAsJsonArray(key).get(0).getAsJsonObject();
  }

  @Test
  void floatingAndPrimaryIpsWithReverseDns() throws Exception {
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      emu.ok("zone", "create", "example.com");
      emu.ok("server", "create", "--name", "web", "--type", "cpx22", "--image", "ubuntu-24.04");
      emu.ok(
          "floating-ip",
          "create",
          "--type",
          "ipv4",
          "--home-location",
          "fsn1",
          "--name",
          "vip",
          "--label",
          "env=ci");
      emu.ok("floating-ip", "assign", "vip", "web");
      CloudRun rdns =
          emu.ok(
              "floating-ip", "set-rdns", "vip", "--hostname", "vip.example.com", "--add-forward");
      assertTrue(rdns.out().contains("set to vip.example.com"), rdns.transcript());
      JsonObject f = first(emu.get("/floating_ips?name=vip"), "floating_ips");
      assertEquals(
          "vip.example.com",
          f.getAsJsonArray("dns_ptr").get(0).getAsJsonObject().get("dns_ptr").getAsString());
      assertTrue(
          emu.get("/zones/example.com/rrsets/vip/A").toString().contains(f.get("ip").getAsString()),
          "--add-forward put the A record in the emulator's zone");
      assertTrue(emu.ok("floating-ip", "describe", "vip").out().contains("vip.example.com"));
      assertEquals(
          1, emu.ok("floating-ip", "list", "-l", "env=ci", "-o", "noheader").out().lines().count());
      emu.ok("floating-ip", "update", "vip", "--description", "front");
      emu.ok("floating-ip", "enable-protection", "vip", "delete");
      assertEquals(1, emu.hzone("floating-ip", "delete", "vip").code(), "protected");
      emu.ok("floating-ip", "disable-protection", "vip", "delete");
      emu.ok("floating-ip", "set-rdns", "vip", "--reset");
      assertFalse(
          first(emu.get("/floating_ips?name=vip"), "floating_ips")
              .getAsJsonArray("dns_ptr")
              .toString()
              .contains("vip.example.com"),
          "dns_ptr: null reset the entry");
      emu.ok("floating-ip", "unassign", "vip");
      assertTrue(
          first(emu.get("/floating_ips?name=vip"), "floating_ips").get("server").isJsonNull());
      emu.ok("floating-ip", "delete", "vip");

      // hzone sends the labels hcloud 1.30 drops (HcloudNetworkEdgeIT): on create and with
      // add-label.
      emu.ok(
          "primary-ip",
          "create",
          "--name",
          "spare",
          "--type",
          "ipv4",
          "--location",
          "fsn1",
          "--label",
          "env=ci");
      emu.ok("primary-ip", "add-label", "spare", "team=dns");
      assertEquals(
          "{\"env\":\"ci\",\"team\":\"dns\"}",
          first(emu.get("/primary_ips?label_selector=env%3Dci"), "primary_ips")
              .get("labels")
              .toString());
      assertEquals(
          "spare\n",
          emu.ok(
                  "primary-ip",
                  "list",
                  "--selector",
                  "team=dns",
                  "-o",
                  "noheader",
                  "-o",
                  "columns=name")
              .out());
      emu.ok("server", "poweroff", "web");
      String old =
          JsonParser.parseString(emu.ok("server", "describe", "web", "-o", "json").out())
              .getAsJsonObject()
              .getAsJsonObject("public_net")
              .getAsJsonObject("ipv4")
              .get("id")
              .getAsString();
      emu.ok("primary-ip", "unassign", old);
      emu.ok("primary-ip", "assign", "spare", "--server", "web");
      emu.ok(
          "primary-ip", "set-rdns", "spare", "--hostname", "web.example.com", "--no-forward-check");
      emu.ok("primary-ip", "update", "spare", "--auto-delete", "true");
      JsonObject web =
          JsonParser.parseString(emu.ok("server", "describe", "web", "-o", "json").out())
              .getAsJsonObject();
      JsonObject v4 = web.getAsJsonObject("public_net").getAsJsonObject("ipv4");
      assertEquals(
          "web.example.com",
          v4.get("dns_ptr").getAsString(),
          "the server shows its primary IP's name");
      assertTrue(emu.ok("primary-ip", "list").out().contains("spare"));
      emu.ok("primary-ip", "delete", old);
      emu.ok("server", "delete", "web");
      assertEquals(
          "", emu.ok("primary-ip", "list", "-o", "noheader").out(), "auto-delete took spare along");
    }
  }

  @Test
  void certificatesAndALoadBalancer() throws Exception {
    openssl(
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        "www.key",
        "-out",
        "www.crt",
        "-days",
        "30",
        "-subj",
        "/CN=www.example.com");
    openssl(
        "genpkey",
        "-algorithm",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-out",
        "other.key");
    try (EmulatorRun emu = new EmulatorRun(dir)) {
      emu.ok("zone", "create", "example.com");
      CloudRun wrong =
          emu.hzone(
              "certificate",
              "create",
              "--name",
              "www",
              "--cert-file",
              "www.crt",
              "--key-file",
              "other.key");
      assertTrue(wrong.code() != 0 && wrong.err().contains("does not match"), wrong.transcript());
      emu.ok(
          "certificate",
          "create",
          "--name",
          "www",
          "--cert-file",
          "www.crt",
          "--key-file",
          "www.key");
      JsonObject cert = first(emu.get("/certificates?name=www"), "certificates");
      assertEquals(
          "[\"www.example.com\"]",
          cert.getAsJsonArray("domain_names").toString(),
          "the CN, as no SAN");
      assertTrue(cert.get("fingerprint").getAsString().matches("([0-9a-f]{2}:){31}[0-9a-f]{2}"));
      CloudRun failed =
          emu.hzone(
              "certificate",
              "create",
              "--name",
              "shop",
              "--type",
              "managed",
              "--domain",
              "shop.example.org");
      assertEquals(1, failed.code(), failed.transcript());
      assertTrue(failed.err().contains("dns_zone_not_found"), failed.transcript());
      JsonObject shop = first(emu.get("/certificates?name=shop"), "certificates");
      assertEquals(
          "failed",
          shop.getAsJsonObject("status").get("issuance").getAsString(),
          "no zone example.org");
      assertEquals(
          "dns_zone_not_found",
          shop.getAsJsonObject("status").getAsJsonObject("error").get("code").getAsString());
      emu.ok("zone", "create", "example.org");
      emu.ok("certificate", "retry", "shop");
      assertEquals(
          "completed",
          first(emu.get("/certificates?name=shop"), "certificates")
              .getAsJsonObject("status")
              .get("issuance")
              .getAsString());

      assertTrue(emu.ok("load-balancer-type", "list").out().contains("lb31"));
      assertTrue(emu.ok("load-balancer-type", "describe", "lb11").out().contains("lb11"));
      emu.ok(
          "server",
          "create",
          "--name",
          "app",
          "--type",
          "cpx22",
          "--image",
          "ubuntu-24.04",
          "--label",
          "role=app");
      emu.ok("load-balancer", "create", "--name", "lb", "--type", "lb11", "--location", "fsn1");
      emu.ok(
          "load-balancer",
          "add-service",
          "lb",
          "--protocol",
          "https",
          "--http-certificates",
          "www",
          "--destination-port",
          "8080");
      emu.ok(
          "load-balancer",
          "update-service",
          "lb",
          "--listen-port",
          "443",
          "--health-check-protocol",
          "http",
          "--health-check-http-path",
          "/up");
      emu.ok("load-balancer", "add-target", "lb", "--server", "app");
      emu.ok("load-balancer", "add-target", "lb", "--label-selector", "role=app");
      emu.ok("load-balancer", "change-algorithm", "lb", "--algorithm-type", "least_connections");
      emu.ok("load-balancer", "change-type", "lb", "lb21");
      emu.ok("load-balancer", "set-rdns", "lb", "--hostname", "lb.example.com", "--add-forward");
      emu.ok("load-balancer", "enable-protection", "lb", "delete");
      emu.ok("load-balancer", "disable-public-interface", "lb");
      emu.ok("load-balancer", "enable-public-interface", "lb");
      String described = emu.ok("load-balancer", "describe", "lb").out();
      assertTrue(described.contains("least_connections") && described.contains("lb21"), described);
      JsonObject lb = first(emu.get("/load_balancers?name=lb"), "load_balancers");
      assertEquals("least_connections", lb.getAsJsonObject("algorithm").get("type").getAsString());
      assertEquals(
          "/up",
          lb.getAsJsonArray("services")
              .get(0)
              .getAsJsonObject()
              .getAsJsonObject("health_check")
              .getAsJsonObject("http")
              .get("path")
              .getAsString());
      assertEquals(2, lb.getAsJsonArray("targets").size());
      assertEquals(
          "lb.example.com",
          lb.getAsJsonObject("public_net").getAsJsonObject("ipv4").get("dns_ptr").getAsString());
      assertEquals(
          lb.get("id"),
          first(emu.get("/certificates?name=www"), "certificates")
              .getAsJsonArray("used_by")
              .get(0)
              .getAsJsonObject()
              .get("id"),
          "used_by names the load balancer");
      emu.ok("load-balancer", "remove-target", "lb", "--server", "app");
      emu.ok("load-balancer", "delete-service", "lb", "--listen-port", "443");
      emu.ok("load-balancer", "disable-protection", "lb", "delete");
      emu.ok("load-balancer", "delete", "lb");
      emu.ok("certificate", "delete", "www");
      assertEquals("", emu.ok("load-balancer", "list", "-o", "noheader").out());
    }
  }
}
