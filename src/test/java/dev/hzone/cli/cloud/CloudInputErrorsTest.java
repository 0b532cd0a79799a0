package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudRequestsTest.lookup;
import static dev.hzone.cli.cloud.CloudRequestsTest.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.cloud.MockCloud.Exchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is refused with a message that names the option or file and what it takes, exit 64
 * (usage) or 65 (data), and without a single request to the API; a field the API refuses is shown
 * with the option it came from.
 */
class CloudInputErrorsTest {
  @TempDir Path dir;

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "volume create --name data --size 5 --location fsn1",
            64,
            "--size: 5 is out of range (10 to 10240)"),
        Arguments.of("volume create --name data --size 50", 64, "give exactly one of --location"),
        Arguments.of("volume resize data --size 99999", 64, "--size: 99999 is out of range"),
        Arguments.of(
            "server create --name bad_name --type cpx22 --image ubuntu-24.04",
            64,
            "not a valid host name"),
        Arguments.of("server create --name web --type cpx22", 64, "Missing required option: image"),
        Arguments.of(
            "server create --name web --type cpx22 --image x --label 'bad key=1'",
            64,
            "label 'bad key=1'"),
        Arguments.of(
            "server create --name web --type cpx22 --image x --user-data-from-file missing.yml",
            65,
            "--user-data-from-file: cannot read missing.yml"),
        Arguments.of(
            "server list --status runing",
            64,
            "--status: unknown value 'runing': did you mean 'running'?"),
        Arguments.of("server list --sort nope", 64, "unknown sort field 'nope'"),
        Arguments.of(
            "server enable-protection web sideways",
            64,
            "protection level: unknown value 'sideways'"),
        Arguments.of("server metrics web", 64, "give --type"),
        Arguments.of(
            "server metrics web --type cpu --start yesterday",
            64,
            "--start: 'yesterday' is not an RFC 3339 time"),
        Arguments.of("server poweron", 64, "missing arguments: usage: hzone server poweron SERVER"),
        Arguments.of("server frobnicate web", 64, "unknown command"),
        Arguments.of("server set-rdns web", 64, "give --hostname NAME, or --reset"),
        Arguments.of(
            "server set-rdns web --hostname not_a_host!", 64, "is not a fully qualified host name"),
        Arguments.of(
            "server set-rdns web --hostname www.example.com --ip 300.1.2.3",
            64,
            "--ip: '300.1.2.3' is not an IP address"),
        Arguments.of(
            "server change-alias-ips web --network 5",
            64,
            "give the alias IPs with --alias-ips, or --clear"),
        Arguments.of(
            "network create --name n --ip-range 10.0.0.0",
            64,
            "--ip-range: '10.0.0.0' is not an IP range"),
        Arguments.of(
            "network add-route internal --destination 10.0.0.0/33 --gateway 10.0.0.1",
            64,
            "--destination prefix: 33 is out of range (0 to 32)"),
        Arguments.of(
            "network add-subnet internal --type vswitch --network-zone eu-central",
            64,
            "needs --vswitch-id"),
        Arguments.of(
            "network add-subnet internal --type cloud --network-zone eu-centrall",
            64,
            "did you mean 'eu-central'?"),
        Arguments.of(
            "firewall add-rule base --direction in --protocol tcp --source-ips 0.0.0.0/0",
            64,
            "a tcp rule needs a port"),
        Arguments.of(
            "firewall add-rule base --direction in --protocol icmp --destination-ips 0.0.0.0/0",
            64,
            "an incoming rule needs source IPs"),
        Arguments.of(
            "firewall add-rule base --direction in --protocol tcp --port 80-20 --source-ips 0.0.0.0/0",
            64,
            "port range 80-20 ends before it starts"),
        Arguments.of(
            "firewall replace-rules base --rules-file bad-rules.json",
            65,
            "bad-rules.json: rule 2: only tcp and udp rules have a port"),
        Arguments.of(
            "firewall replace-rules base --rules-file not-json.json",
            65,
            "not-json.json: not JSON"),
        Arguments.of(
            "firewall create --name base --rules-file missing.json",
            65,
            "--rules-file: cannot read missing.json"),
        Arguments.of(
            "firewall apply-to-resource base --type server", 64, "--type server needs --server"),
        Arguments.of(
            "load-balancer add-service front --protocol tcp",
            64,
            "a tcp service needs --listen-port and --destination-port"),
        Arguments.of(
            "load-balancer add-service front --protocol https",
            64,
            "an https service needs --http-certificates"),
        Arguments.of(
            "load-balancer add-service front --protocol tcp --listen-port 1 --destination-port 2 --http-sticky-sessions true",
            64,
            "the --http-* options are for http and https services"),
        Arguments.of(
            "load-balancer add-target front --server web --ip 203.0.113.1",
            64,
            "give exactly one of --server"),
        Arguments.of(
            "load-balancer create --name lb --type lb11",
            64,
            "give exactly one of --location or --network-zone"),
        Arguments.of(
            "load-balancer update-service front --listen-port 80", 64, "nothing to update"),
        Arguments.of(
            "floating-ip create --type ipv5 --home-location fsn1",
            64,
            "--type: unknown value 'ipv5': did you mean 'ipv4'?"),
        Arguments.of(
            "primary-ip update web-v4 --auto-delete maybe",
            64,
            "--auto-delete: unknown value 'maybe'"),
        Arguments.of(
            "ssh-key create --name k --public-key-from-file id_ed25519",
            65,
            "this is a private key"),
        Arguments.of(
            "ssh-key create --name k --public-key 'not a key'",
            65,
            "not an OpenSSH public key line"),
        Arguments.of(
            "certificate create --name www --type managed",
            64,
            "a managed certificate needs at least one --domain"),
        Arguments.of(
            "certificate create --name www --cert-file id_ed25519 --key-file id_ed25519",
            65,
            "no PEM certificate"),
        Arguments.of("server update web", 64, "nothing to update: give --name"),
        Arguments.of("location list -l env=prod", 64, "locations have no labels"),
        Arguments.of("image list --type weird", 64, "--type: unknown value 'weird'"),
        Arguments.of("action list", 64, "name the actions by id, or give --resource"),
        Arguments.of("action list --resource serverz", 64, "did you mean 'server'?"),
        Arguments.of("pricing extra", 64, "too many arguments"),
        Arguments.of("metadata hostnme", 64, "did you mean 'hostname'?"),
        Arguments.of("completion fish", 64, "unknown shell 'fish'"),
        Arguments.of(
            "record set-self example.com www --type MX", 64, "set-self writes A or AAAA records"));
  }

  @ParameterizedTest(name = "hzone {0}")
  @MethodSource("mistakes")
  void refusesBeforeAnyRequest(String args, int exit, String message) throws Exception {
    Files.writeString(
        dir.resolve("bad-rules.json"),
        """
        [{"direction": "in", "protocol": "tcp", "port": "22", "source_ips": ["0.0.0.0/0"]},
         {"direction": "in", "protocol": "icmp", "port": "22", "source_ips": ["0.0.0.0/0"]}]""");
    Files.writeString(dir.resolve("not-json.json"), "rules: [tcp 22]");
    Files.writeString(
        dir.resolve("id_ed25519"),
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n");
    try (MockCloud api = new MockCloud(List.of())) {
      CloudRun r = CloudRun.run(dir, api.env(), "", split(args).toArray(String[]::new));
      assertEquals(exit, r.code(), r.transcript());
      assertTrue(r.err().contains(message), "stderr lacks '" + message + "'\n" + r.transcript());
      assertTrue(r.err().startsWith("hzone: "), r.transcript());
      assertEquals("", r.out(), r.transcript());
      api.verify(List.of(), r.transcript());
    }
  }

  @Test
  void aFieldTheApiRefusesNamesTheOptionItCameFrom() throws Exception {
    List<Exchange> script =
        List.of(
            new Exchange(
                "POST",
                "/v1/volumes",
                null,
                422,
                """
        {"error": {"code": "invalid_input", "message": "invalid input in field 'name'",
                   "details": {"fields": [{"name": "name", "messages": ["is too long"]}]}}}"""));
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r =
          CloudRun.run(
              dir,
              api.env(),
              "",
              "volume",
              "create",
              "--name",
              "d".repeat(70),
              "--size",
              "10",
              "--location",
              "fsn1");
      assertEquals(65, r.code(), r.transcript());
      assertEquals(
          "hzone: API error: invalid input in field 'name'; name: is too long (invalid_input, HTTP 422)"
              + " (check --name)\n",
          r.err());
      api.verify(script, r.transcript());
    }
  }

  @Test
  void aDuplicateNameIsAFailureThatNamesTheOption() throws Exception {
    List<Exchange> script =
        List.of(
            lookup("servers", "web", CloudRequestsTest.SERVER),
            new Exchange(
                "PUT",
                "/v1/servers/42",
                null,
                409,
                """
            {"error": {"code": "uniqueness_error", "message": "server name is already used",
                       "details": {"fields": [{"name": "name"}]}}}"""));
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r = CloudRun.run(dir, api.env(), "", "server", "update", "web", "--name", "db");
      assertEquals(1, r.code(), r.transcript());
      assertTrue(
          r.err()
              .contains("server name is already used (uniqueness_error, HTTP 409) (check --name)"),
          r.err());
    }
  }

  @Test
  void aProtectedResourceSaysHowToLiftTheProtection() throws Exception {
    List<Exchange> script =
        List.of(
            lookup("servers", "web", CloudRequestsTest.SERVER),
            new Exchange(
                "DELETE",
                "/v1/servers/42",
                "",
                423,
                """
            {"error": {"code": "protected", "message": "server is delete protected", "details": null}}"""));
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r = CloudRun.run(dir, api.env(), "", "server", "delete", "web");
      assertEquals(1, r.code(), r.transcript());
      assertTrue(
          r.err()
              .contains(
                  "server web is protected, so it cannot be deleted: run "
                      + "'hzone server disable-protection web' first"),
          r.err());
      api.verify(script, r.transcript());
    }
  }
}
