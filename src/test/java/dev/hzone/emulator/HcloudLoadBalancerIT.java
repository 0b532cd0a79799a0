package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.testing.Tools;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official hcloud CLI (Debian's hcloud-cli 1.30, unmodified) over what the other hcloud ITs
 * leave out: load balancers with every command the CLI has for them, load balancer types,
 * certificates (uploaded from PEM files that openssl makes here, and managed ones issued through a
 * zone of the emulator), and the catalogue and SSH key forms (locations, datacenters, server types,
 * SSH key update and labels). Every command exits 0, what it prints with {@code -o json} is
 * compared with the emulator's state read through the API, every answer is validated against
 * openapi.json, and the requests go through a {@link RecordingProxy} so that the bodies hcloud
 * sends can be checked where the output alone would not show them.
 */
class HcloudLoadBalancerIT {
  private static final String TOKEN = "l".repeat(64);

  @TempDir Path dir;

  private static JsonObject obj(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  private static JsonArray arr(String json) {
    return JsonParser.parseString(json).getAsJsonArray();
  }

  private static JsonObject one(ApiTestClient api, String path, String key) {
    ApiTestClient.Response r = api.get(path);
    assertEquals(200, r.status(), path + ": " + r.text());
    return r.json().getAsJsonObject(key);
  }

  /** Waits (at most 30 s) until the resource at {@code path} has no running action. */
  private static void awaitNoRunningAction(ApiTestClient api, String path)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!api.get(path + "/actions?status=running").json().getAsJsonArray("actions").isEmpty()) {
      assertTrue(System.nanoTime() < deadline, path + " still has a running action after 30 s");
      Thread.sleep(50);
    }
  }

  private static Set<String> names(JsonArray a) {
    Set<String> out = new TreeSet<>();
    a.forEach(e -> out.add(e.getAsJsonObject().get("name").getAsString()));
    return out;
  }

  private void openssl(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Tools.require("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  /** The one POST whose path ends with {@code suffix} among {@code requests}. */
  private static RecordingProxy.Exchange post(
      List<RecordingProxy.Exchange> requests, String suffix) {
    List<RecordingProxy.Exchange> found =
        requests.stream()
            .filter(e -> e.method().equals("POST") && e.pathAndQuery().endsWith(suffix))
            .toList();
    assertEquals(1, found.size(), suffix + " in " + requests);
    return found.get(0);
  }

  @Test
  void theOfficialCliRunsLoadBalancersCertificatesAndTheCatalogue() throws Exception {
    Tools.require("hcloud");
    Tools.require("openssl");
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    OpenApiContract contract = OpenApiContract.get();
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults()
            .withListen(new InetSocketAddress(lo, 0))
            .withDnsListen(new InetSocketAddress(lo, 0))
            .withToken(TOKEN)
            .withActionDuration(Duration.ofMillis(150))
            .withStateDir(dir.resolve("state"));
    Emulator emu =
        Emulator.builder(o)
            .noDns()
            .observer(
                (method, path, status, body) -> {
                  try {
                    contract.check(method, path, status, body);
                  } catch (AssertionError e) {
                    violations.add(e.getMessage());
                  }
                })
            .start();
    RecordingProxy proxy = new RecordingProxy(emu.apiEndpoint());
    HcloudRunner h = new HcloudRunner(dir, proxy.endpoint(), TOKEN);
    ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
    try {
      // The catalogue: what hcloud lists is what the API holds.
      assertEquals(
          names(api.get("/locations").json().getAsJsonArray("locations")),
          names(arr(h.ok("location", "list", "-o", "json").out())));
      assertEquals(
          "eu-central",
          obj(h.ok("location", "describe", "fsn1", "-o", "json").out())
              .get("network_zone")
              .getAsString());
      assertEquals(
          names(api.get("/datacenters").json().getAsJsonArray("datacenters")),
          names(arr(h.ok("datacenter", "list", "-o", "json").out())));
      assertEquals(
          "fsn1",
          obj(h.ok("datacenter", "describe", "fsn1-dc14", "-o", "json").out())
              .getAsJsonObject("location")
              .get("name")
              .getAsString());
      JsonObject cpx22 =
          api.get("/server_types?name=cpx22")
              .json()
              .getAsJsonArray("server_types")
              .get(0)
              .getAsJsonObject();
      JsonObject cpx22Cli = obj(h.ok("server-type", "describe", "cpx22", "-o", "json").out());
      for (String field : List.of("id", "cores", "memory", "disk", "cpu_type", "architecture")) {
        assertEquals(cpx22.get(field), cpx22Cli.get(field), "server type " + field);
      }
      assertEquals(
          names(api.get("/server_types?per_page=50").json().getAsJsonArray("server_types")),
          names(arr(h.ok("server-type", "list", "-o", "json").out())));
      assertEquals(
          names(api.get("/load_balancer_types").json().getAsJsonArray("load_balancer_types")),
          names(arr(h.ok("load-balancer-type", "list", "-o", "json").out())));
      JsonObject lb11 = obj(h.ok("load-balancer-type", "describe", "lb11", "-o", "json").out());
      assertEquals(
          one(api, "/load_balancer_types/1", "load_balancer_type").get("max_targets"),
          lb11.get("max_targets"));
      assertTrue(
          h.ok("load-balancer-type", "describe", "lb21").out().contains("Max Services:\t\t\t15"));

      // SSH keys: the forms HcloudCliIT leaves out.
      h.ok(
          "ssh-key",
          "create",
          "--name",
          "k",
          "--public-key",
          CloudApiTest.KEY,
          "--label",
          "env=ci");
      h.ok("ssh-key", "update", "k", "--name", "k2");
      h.ok("ssh-key", "add-label", "k2", "team=dns");
      h.ok("ssh-key", "remove-label", "k2", "env");
      JsonObject key = obj(h.ok("ssh-key", "describe", "k2", "-o", "json").out());
      assertEquals("{\"team\":\"dns\"}", key.get("labels").toString());
      assertEquals(
          key.get("fingerprint"),
          api.get("/ssh_keys?name=k2")
              .json()
              .getAsJsonArray("ssh_keys")
              .get(0)
              .getAsJsonObject()
              .get("fingerprint"));
      assertEquals(
          Set.of("k2"), names(arr(h.ok("ssh-key", "list", "-l", "team=dns", "-o", "json").out())));

      // What the load balancer will point at.
      h.ok(
          "server",
          "create",
          "--name",
          "web1",
          "--type",
          "cpx22",
          "--image",
          "ubuntu-24.04",
          "--label",
          "role=web");
      h.ok(
          "server",
          "create",
          "--name",
          "web2",
          "--type",
          "cpx22",
          "--image",
          "ubuntu-24.04",
          "--label",
          "role=web");
      long web1 =
          api.get("/servers?name=web1")
              .json()
              .getAsJsonArray("servers")
              .get(0)
              .getAsJsonObject()
              .get("id")
              .getAsLong();
      long web2 =
          api.get("/servers?name=web2")
              .json()
              .getAsJsonArray("servers")
              .get(0)
              .getAsJsonObject()
              .get("id")
              .getAsLong();
      // 'server ssh' runs ssh with the address it looked up; a stand-in ssh prints its arguments
      // and connects
      // nowhere (tests stay on loopback).
      Path bin = Files.createDirectories(dir.resolve("bin"));
      Files.writeString(bin.resolve("ssh"), "#!/bin/sh\necho \"ssh $*\"\n");
      assertTrue(bin.resolve("ssh").toFile().setExecutable(true));
      String v4web1 =
          one(api, "/servers/" + web1, "server")
              .getAsJsonObject("public_net")
              .getAsJsonObject("ipv4")
              .get("ip")
              .getAsString();
      assertEquals(
          "ssh -l admin -p 2222 " + v4web1 + " uptime\n",
          new HcloudRunner(dir, proxy.endpoint(), TOKEN)
              .withPathFirst(bin)
              .ok("server", "ssh", "-u", "admin", "-p", "2222", "web1", "uptime")
              .out(),
          "flags before the server: " + "what follows it is the remote command");
      h.ok("network", "create", "--name", "net", "--ip-range", "10.0.0.0/16");
      h.ok(
          "network",
          "add-subnet",
          "net",
          "--type",
          "cloud",
          "--network-zone",
          "eu-central",
          "--ip-range",
          "10.0.1.0/24");
      long netId =
          api.get("/networks?name=net")
              .json()
              .getAsJsonArray("networks")
              .get(0)
              .getAsJsonObject()
              .get("id")
              .getAsLong();

      // Certificates: one uploaded from PEM files, one managed and issued through the emulator's
      // zone.
      openssl(
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:P-256",
          "-nodes",
          "-days",
          "30",
          "-subj",
          "/CN=www.example.com",
          "-addext",
          "subjectAltName=DNS:www.example.com,DNS:example.com",
          "-keyout",
          "key.pem",
          "-out",
          "cert.pem");
      h.ok(
          "certificate",
          "create",
          "--name",
          "up",
          "--cert-file",
          dir.resolve("cert.pem").toString(),
          "--key-file",
          dir.resolve("key.pem").toString());
      JsonObject up = obj(h.ok("certificate", "describe", "up", "-o", "json").out());
      long upId = up.get("id").getAsLong();
      assertEquals("uploaded", up.get("type").getAsString());
      assertEquals("[\"www.example.com\",\"example.com\"]", up.get("domain_names").toString());
      assertEquals(
          Files.readString(dir.resolve("cert.pem")).strip(),
          up.get("certificate").getAsString().strip());
      assertEquals(
          one(api, "/certificates/" + upId, "certificate").get("fingerprint"),
          up.get("fingerprint"));
      assertEquals(
          201, api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}").status());
      h.ok(
          "certificate",
          "create",
          "--name",
          "man",
          "--type",
          "managed",
          "--domain",
          "example.com",
          "--domain",
          "*.example.com");
      JsonObject man = obj(h.ok("certificate", "describe", "man", "-o", "json").out());
      long manId = man.get("id").getAsLong();
      assertEquals("managed", man.get("type").getAsString());
      assertEquals(
          "completed", man.getAsJsonObject("status").get("issuance").getAsString(), man.toString());
      assertEquals(
          one(api, "/certificates/" + manId, "certificate").get("domain_names"),
          man.get("domain_names"));
      h.ok("certificate", "update", "up", "--name", "up2");
      h.ok("certificate", "add-label", "up2", "env=ci");
      h.ok("certificate", "add-label", "man", "env=ci");
      h.ok("certificate", "remove-label", "man", "env");
      assertEquals(
          Set.of("up2"),
          names(arr(h.ok("certificate", "list", "-l", "env=ci", "-o", "json").out())));
      assertTrue(
          h.ok("certificate", "list")
              .out()
              .matches(
                  "(?s).*up2\\s+uploaded\\s+www\\.example\\.com, "
                      + "example\\.com.*man\\s+managed\\s+example\\.com, \\*\\.example\\.com.*"));

      // A load balancer with services, health checks and targets of each kind.
      assertTrue(
          h.ok(
                  "load-balancer",
                  "create",
                  "--name",
                  "lb",
                  "--type",
                  "lb11",
                  "--location",
                  "fsn1",
                  "--algorithm-type",
                  "round_robin",
                  "--label",
                  "env=ci")
              .out()
              .contains("created"));
      JsonArray listed = arr(h.ok("load-balancer", "list", "-l", "env=ci", "-o", "json").out());
      assertEquals(Set.of("lb"), names(listed));
      long lbId = listed.get(0).getAsJsonObject().get("id").getAsLong();
      assertEquals("", h.ok("load-balancer", "list", "-l", "env=prod", "-o", "noheader").out());
      String lbPath = "/load_balancers/" + lbId;
      h.ok(
          "load-balancer",
          "add-service",
          "lb",
          "--protocol",
          "tcp",
          "--listen-port",
          "25",
          "--destination-port",
          "2525",
          "--proxy-protocol");
      h.ok(
          "load-balancer",
          "add-service",
          "lb",
          "--protocol",
          "http",
          "--listen-port",
          "80",
          "--destination-port",
          "8080",
          "--http-sticky-sessions",
          "--http-cookie-name",
          "HZ",
          "--http-cookie-lifetime",
          "10m");
      h.ok(
          "load-balancer",
          "add-service",
          "lb",
          "--protocol",
          "https",
          "--listen-port",
          "443",
          "--destination-port",
          "8080",
          "--http-certificates",
          Long.toString(upId),
          "--http-redirect-http");
      int before = proxy.exchanges().size();
      h.ok(
          "load-balancer",
          "update-service",
          "lb",
          "--listen-port",
          "80",
          "--health-check-protocol",
          "http",
          "--health-check-port",
          "8080",
          "--health-check-interval",
          "20s",
          "--health-check-timeout",
          "5s",
          "--health-check-retries",
          "2",
          "--health-check-http-domain",
          "www.example.com",
          "--health-check-http-path",
          "/health",
          "--health-check-http-status-codes",
          "2??,3??",
          "--health-check-http-response",
          "OK");
      JsonObject sent = obj(post(proxy.since(before), "/actions/update_service").body());
      assertEquals(
          "/health",
          sent.getAsJsonObject("health_check").getAsJsonObject("http").get("path").getAsString(),
          "the health check travels inside update_service");
      h.ok(
          "load-balancer",
          "update-service",
          "lb",
          "--listen-port",
          "443",
          "--http-certificates",
          upId + "," + manId);
      h.ok("load-balancer", "add-target", "lb", "--server", "web1");
      h.ok("load-balancer", "add-target", "lb", "--label-selector", "role=web");
      h.ok("load-balancer", "add-target", "lb", "--ip", "203.0.113.200");
      JsonObject lb = obj(h.ok("load-balancer", "describe", "lb", "-o", "json").out());
      assertEquals(
          one(api, lbPath, "load_balancer").get("services"),
          lb.get("services"),
          "hcloud shows the services the emulator holds");
      JsonObject http = lb.getAsJsonArray("services").get(1).getAsJsonObject();
      assertEquals(80, http.get("listen_port").getAsInt());
      assertEquals("HZ", http.getAsJsonObject("http").get("cookie_name").getAsString());
      assertEquals(600, http.getAsJsonObject("http").get("cookie_lifetime").getAsInt());
      JsonObject hc = http.getAsJsonObject("health_check");
      assertEquals(20, hc.get("interval").getAsInt());
      assertEquals(2, hc.get("retries").getAsInt());
      assertEquals("[\"2??\",\"3??\"]", hc.getAsJsonObject("http").get("status_codes").toString());
      assertEquals(
          "[" + upId + "," + manId + "]",
          lb.getAsJsonArray("services")
              .get(2)
              .getAsJsonObject()
              .getAsJsonObject("http")
              .get("certificates")
              .toString());
      List<String> kinds = new ArrayList<>();
      lb.getAsJsonArray("targets")
          .forEach(t -> kinds.add(t.getAsJsonObject().get("type").getAsString()));
      assertEquals(List.of("server", "label_selector", "ip"), kinds);
      assertEquals(
          2,
          lb.getAsJsonArray("targets").get(1).getAsJsonObject().getAsJsonArray("targets").size(),
          "the selector finds both servers");
      assertTrue(
          h.ok("load-balancer", "describe", "lb")
              .out()
              .contains("Label Selector:\t\trole=web\n" + "      Targets: (2)"));
      JsonObject usedBy = obj(h.ok("certificate", "describe", "up2", "-o", "json").out());
      assertEquals(
          lbId, usedBy.getAsJsonArray("used_by").get(0).getAsJsonObject().get("id").getAsLong());
      assertEquals(
          1, h.run("certificate", "delete", "up2").code(), "a certificate in use is not deleted");

      h.ok("load-balancer", "remove-target", "lb", "--ip", "203.0.113.200");
      h.ok("load-balancer", "remove-target", "lb", "--label-selector", "role=web");
      h.ok("load-balancer", "remove-target", "lb", "--server", "web1");
      assertEquals(0, one(api, lbPath, "load_balancer").getAsJsonArray("targets").size());
      h.ok("load-balancer", "change-algorithm", "lb", "--algorithm-type", "least_connections");
      h.ok("load-balancer", "change-type", "lb", "lb21");
      h.ok("load-balancer", "attach-to-network", "lb", "--network", "net", "--ip", "10.0.1.5");
      h.ok("server", "attach-to-network", "web2", "--network", "net");
      h.ok("load-balancer", "add-target", "lb", "--server", "web2", "--use-private-ip");
      h.ok("load-balancer", "disable-public-interface", "lb");
      assertFalse(
          one(api, lbPath, "load_balancer")
              .getAsJsonObject("public_net")
              .get("enabled")
              .getAsBoolean());
      h.ok("load-balancer", "enable-public-interface", "lb");
      JsonObject pub = one(api, lbPath, "load_balancer").getAsJsonObject("public_net");
      String v4 = pub.getAsJsonObject("ipv4").get("ip").getAsString();
      String v6 = pub.getAsJsonObject("ipv6").get("ip").getAsString();
      h.ok("load-balancer", "set-rdns", "lb", "--ip", v4, "--hostname", "lb.example.com");
      h.ok("load-balancer", "set-rdns", "lb", "--ip", v6, "--hostname", "lb6.example.com");
      h.ok("load-balancer", "enable-protection", "lb", "delete");
      assertEquals(
          1,
          h.run("load-balancer", "delete", "lb").code(),
          "a protected load balancer is not deleted");
      h.ok("load-balancer", "add-label", "lb", "tier=front");
      h.ok("load-balancer", "remove-label", "lb", "env");
      h.ok("load-balancer", "update", "lb", "--name", "lb-front");
      lb = obj(h.ok("load-balancer", "describe", "lb-front", "-o", "json").out());
      assertEquals(
          one(api, lbPath, "load_balancer"), lb, "hcloud prints the emulator's load balancer");
      assertEquals("least_connections", lb.getAsJsonObject("algorithm").get("type").getAsString());
      assertEquals("lb21", lb.getAsJsonObject("load_balancer_type").get("name").getAsString());
      assertEquals(
          "[{\"ip\":\"10.0.1.5\",\"network\":" + netId + "}]", lb.get("private_net").toString());
      JsonObject target = lb.getAsJsonArray("targets").get(0).getAsJsonObject();
      assertEquals(web2, target.getAsJsonObject("server").get("id").getAsLong());
      assertTrue(target.get("use_private_ip").getAsBoolean());
      assertEquals(
          "lb.example.com",
          lb.getAsJsonObject("public_net").getAsJsonObject("ipv4").get("dns_ptr").getAsString());
      assertEquals(
          "lb6.example.com",
          lb.getAsJsonObject("public_net").getAsJsonObject("ipv6").get("dns_ptr").getAsString());
      assertTrue(lb.getAsJsonObject("protection").get("delete").getAsBoolean());
      assertEquals("{\"tier\":\"front\"}", lb.get("labels").toString());
      String described = h.ok("load-balancer", "describe", "lb-front").out();
      assertTrue(
          described.contains("Algorithm:\t\t\tleast_connections")
              && described.contains("Delete:\tyes")
              && described.contains("    Name:\t\tnet\n    IP:\t\t\t10.0.1.5\n"),
          described);

      // Metrics: every type as JSON, and the graph hcloud draws.
      for (String type :
          List.of(
              "open_connections", "connections_per_second", "requests_per_second", "bandwidth")) {
        JsonObject m =
            obj(h.ok(
                        "load-balancer",
                        "metrics",
                        "lb-front",
                        "--type",
                        type,
                        "--start",
                        "2026-03-01T10:00:00Z",
                        "--end",
                        "2026-03-01T11:00:00Z",
                        "-o",
                        "json")
                    .out())
                .getAsJsonObject("metrics");
        JsonObject series = m.getAsJsonObject("time_series");
        assertEquals(
            type.equals("bandwidth") ? Set.of("bandwidth.in", "bandwidth.out") : Set.of(type),
            series.keySet());
        for (String name : series.keySet()) {
          JsonArray values = series.getAsJsonObject(name).getAsJsonArray("values");
          assertEquals(101, values.size(), name + ": one point per 36 s step, both ends included");
        }
      }
      assertTrue(
          h.ok(
                  "load-balancer",
                  "metrics",
                  "lb-front",
                  "--type",
                  "requests_per_second",
                  "--start",
                  "2026-03-01T10:00:00Z",
                  "--end",
                  "2026-03-01T11:00:00Z")
              .out()
              .contains("Metric: requests_per_second"));

      // Taking it apart.
      // hcloud 1.30's delete-service returns without waiting for its action (delete_service.go), so
      // a second one started at once meets the first's lock, as it would at the live API: wait
      // here.
      h.ok("load-balancer", "delete-service", "lb-front", "--listen-port", "25");
      awaitNoRunningAction(api, lbPath);
      h.ok("load-balancer", "delete-service", "lb-front", "--listen-port", "443");
      awaitNoRunningAction(api, lbPath);
      List<Integer> ports = new ArrayList<>();
      one(api, lbPath, "load_balancer")
          .getAsJsonArray("services")
          .forEach(s -> ports.add(s.getAsJsonObject().get("listen_port").getAsInt()));
      assertEquals(List.of(80), ports);
      h.ok("load-balancer", "remove-target", "lb-front", "--server", "web2");
      h.ok("load-balancer", "detach-from-network", "lb-front", "--network", "net");
      assertEquals(0, one(api, lbPath, "load_balancer").getAsJsonArray("private_net").size());
      h.ok("load-balancer", "disable-protection", "lb-front", "delete");
      h.ok("load-balancer", "delete", "lb-front");
      assertEquals(404, api.get(lbPath).status());
      h.ok("certificate", "delete", "up2");
      h.ok("certificate", "delete", "man");
      assertEquals("", h.ok("certificate", "list", "-o", "noheader").out());
      assertEquals("", h.ok("load-balancer", "list", "-o", "noheader").out());
      h.ok("ssh-key", "delete", "k2");
    } finally {
      proxy.close();
      emu.close();
      Files.write(Path.of("target", "hcloud-load-balancer-transcript.txt"), h.transcript());
    }
    assertEquals(List.of(), violations, "answers that differ from openapi.json");
  }
}
