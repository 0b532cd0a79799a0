package dev.hzone.api;

import static dev.hzone.api.Jsons.assertBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.AppliedToServer;
import dev.hzone.api.cloud.ApplyFirewallToResourcesOptions;
import dev.hzone.api.cloud.ApplyTo;
import dev.hzone.api.cloud.AttachServerToNetworkOptions;
import dev.hzone.api.cloud.CertificateType;
import dev.hzone.api.cloud.ChangeServerDnsPtrOptions;
import dev.hzone.api.cloud.CreateCertificateOptions;
import dev.hzone.api.cloud.CreateCertificateResult;
import dev.hzone.api.cloud.CreateFirewallOptions;
import dev.hzone.api.cloud.CreateFloatingIpOptions;
import dev.hzone.api.cloud.CreateNetworkOptions;
import dev.hzone.api.cloud.CreatePlacementGroupOptions;
import dev.hzone.api.cloud.CreatePrimaryIpOptions;
import dev.hzone.api.cloud.CreateServerOptions;
import dev.hzone.api.cloud.CreateServerResult;
import dev.hzone.api.cloud.CreateSshKeyOptions;
import dev.hzone.api.cloud.CreateVolumeOptions;
import dev.hzone.api.cloud.Direction;
import dev.hzone.api.cloud.FirewallResourceType;
import dev.hzone.api.cloud.GetServerMetricsOptions;
import dev.hzone.api.cloud.IdOrName;
import dev.hzone.api.cloud.IpType;
import dev.hzone.api.cloud.ListCertificatesOptions;
import dev.hzone.api.cloud.ListDatacentersOptions;
import dev.hzone.api.cloud.ListFirewallsOptions;
import dev.hzone.api.cloud.ListFloatingIpsOptions;
import dev.hzone.api.cloud.ListImagesOptions;
import dev.hzone.api.cloud.ListIsosOptions;
import dev.hzone.api.cloud.ListLoadBalancerTypesOptions;
import dev.hzone.api.cloud.ListLoadBalancersOptions;
import dev.hzone.api.cloud.ListLocationsOptions;
import dev.hzone.api.cloud.ListNetworksOptions;
import dev.hzone.api.cloud.ListPlacementGroupsOptions;
import dev.hzone.api.cloud.ListPrimaryIpsOptions;
import dev.hzone.api.cloud.ListServerTypesOptions;
import dev.hzone.api.cloud.ListServersOptions;
import dev.hzone.api.cloud.ListSshKeysOptions;
import dev.hzone.api.cloud.ListVolumesOptions;
import dev.hzone.api.cloud.PlacementGroupType;
import dev.hzone.api.cloud.Rule;
import dev.hzone.api.cloud.RuleProtocol;
import dev.hzone.api.cloud.SetFirewallRulesOptions;
import dev.hzone.api.cloud.UpdateServerOptions;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Per resource family: the exact method, path, query and body each kind of call sends. */
class CloudClientsTest {
  static final String META = "\"meta\":" + ZoneClientTest.EMPTY_META;
  static final String ACTION = MockApi.actionResponse(1, "x", "running");

  final MockApi api = new MockApi();
  final HcloudClient client = api.client;

  @AfterEach
  void close() throws Exception {
    assertEquals(api.requestCount(), api.logs.size());
    api.close();
  }

  /** An empty page of {@code items}. */
  MockApi emptyPage(String items) {
    return api.json(
        200,
        """
        {"%s":[],%s}"""
            .formatted(items, META));
  }

  RecordedRequest expect(String method, String path) {
    RecordedRequest r = api.take();
    assertEquals(method, r.getMethod());
    assertEquals(path, r.getPath());
    return r;
  }

  @Nested
  class Servers {
    @Test
    void listWithEveryFilter() {
      emptyPage("servers");
      client
          .servers()
          .list(
              ListServersOptions.ALL
                  .withName("web-1")
                  .withLabelSelector("env=prod")
                  .withSort("name:desc")
                  .withStatus("running", "off"));
      expect(
          "GET",
          "/v1/servers?name=web-1&label_selector=env%3Dprod&sort=name%3Adesc&status=running&status=off"
              + "&page=1&per_page=50");
    }

    @Test
    void createSendsOnlyWhatWasGivenAndHidesTheRootPassword() {
      api.json(201, OpenApiExamples.response("create_server"));
      CreateServerResult r =
          client
              .servers()
              .create(
                  CreateServerOptions.of("web-1", "cpx22", "ubuntu-24.04")
                      .withLocation("fsn1")
                      .withSshKeys(List.of("ops"))
                      .withLabels(Map.of("env", "prod"))
                      .withUserData("#cloud-config\npassword: hunter2\n")
                      .withPublicNet(CreateServerOptions.PublicNet.of().withEnableIpv4(false)));
      assertBody(
          """
          {"name": "web-1", "server_type": "cpx22", "image": "ubuntu-24.04", "location": "fsn1",
           "ssh_keys": ["ops"], "labels": {"env": "prod"}, "user_data": "#cloud-config\\npassword: hunter2\\n",
           "public_net": {"enable_ipv4": false}}""",
          expect("POST", "/v1/servers"));
      assertTrue(r.rootPassword().isPresent());
      assertFalse(r.toString().contains(r.rootPassword().get()), r.toString());
    }

    @Test
    void updateSendsOnlyTheName() {
      api.json(200, OpenApiExamples.response("update_server"));
      client.servers().update(42, UpdateServerOptions.of().withName("web-2"));
      assertBody(
          """
          {"name":"web-2"}""",
          expect("PUT", "/v1/servers/42"));
    }

    @Test
    void actionsWithAndWithoutBody() {
      api.json(201, ACTION)
          .json(201, ACTION)
          .json(201, ACTION)
          .json(201, ACTION)
          .json(201, ACTION)
          .json(201, ACTION);
      client.servers().poweron(42);
      assertEquals(0, expect("POST", "/v1/servers/42/actions/poweron").getBodySize());
      client.servers().attachIso(42, "virtio-win");
      assertBody(
          """
          {"iso":"virtio-win"}""",
          expect("POST", "/v1/servers/42/actions/attach_iso"));
      client.servers().changeProtection(42, true, true);
      assertBody(
          """
          {"delete":true,"rebuild":true}""",
          expect("POST", "/v1/servers/42/actions/change_protection"));
      client
          .servers()
          .attachToNetwork(
              42, AttachServerToNetworkOptions.of(7).withAliasIps(List.of("10.0.0.5")));
      assertBody(
          """
          {"network":7,"alias_ips":["10.0.0.5"]}""",
          expect("POST", "/v1/servers/42/actions/attach_to_network"));
      client
          .servers()
          .changeDnsPtr(
              42, ChangeServerDnsPtrOptions.of("203.0.113.7").withDnsPtr("web.example.com"));
      assertBody(
          """
          {"ip":"203.0.113.7","dns_ptr":"web.example.com"}""",
          expect("POST", "/v1/servers/42/actions/change_dns_ptr"));
      // "Set to null to reset": the field is sent as an explicit null, never left out (issue 13
      // item 7).
      client.servers().changeDnsPtr(42, ChangeServerDnsPtrOptions.of("203.0.113.7"));
      okhttp3.mockwebserver.RecordedRequest reset =
          expect("POST", "/v1/servers/42/actions/change_dns_ptr");
      assertEquals(
          """
          {"ip":"203.0.113.7","dns_ptr":null}""",
          reset.getBody().clone().readUtf8());
    }

    @Test
    void deleteReturnsTheAction() {
      api.json(200, ACTION);
      assertEquals(1, client.servers().delete(42).id());
      expect("DELETE", "/v1/servers/42");
    }

    @Test
    void metricsSendTheirQuery() {
      api.json(
          200,
          """
          {"metrics": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-01T01:00:00Z", "step": 60,
            "time_series": {"cpu": {"values": [[1772323200.5, "42"], [1772323260.5, "43"]]}}}}""");
      var m =
          client
              .servers()
              .getMetrics(
                  42,
                  GetServerMetricsOptions.of(
                          List.of("cpu", "disk"), "2026-03-01T00:00:00Z", "2026-03-01T01:00:00Z")
                      .withStep("60"));
      expect(
          "GET",
          "/v1/servers/42/metrics?type=cpu&type=disk&start=2026-03-01T00%3A00%3A00Z"
              + "&end=2026-03-01T01%3A00%3A00Z&step=60");
      assertEquals(
          List.of(
              new dev.hzone.api.cloud.MetricsPoint(1772323200.5, "42"),
              new dev.hzone.api.cloud.MetricsPoint(1772323260.5, "43")),
          m.timeSeries().get("cpu").values());
    }
  }

  @Nested
  class Volumes {
    @Test
    void listAndCreateAsTheSpecExample() {
      emptyPage("volumes");
      client.volumes().list(ListVolumesOptions.ALL.withStatus("available").withName("db"));
      expect("GET", "/v1/volumes?status=available&name=db&page=1&per_page=50");
      api.json(201, OpenApiExamples.response("create_volume"));
      client
          .volumes()
          .create(
              CreateVolumeOptions.of(42, "test-database")
                  .withLabels(Map.of("key", "value"))
                  .withLocation("nbg1")
                  .withAutomount(false)
                  .withFormat("xfs"));
      assertBody(OpenApi.requestExample("create_volume", "default"), expect("POST", "/v1/volumes"));
    }

    @Test
    void resizeAndAttach() {
      api.json(201, ACTION).json(201, ACTION);
      client.volumes().resize(42, 100);
      assertBody(
          """
          {"size":100}""",
          expect("POST", "/v1/volumes/42/actions/resize"));
      client.volumes().attach(42, 7, true);
      assertBody(
          """
          {"server":7,"automount":true}""",
          expect("POST", "/v1/volumes/42/actions/attach"));
    }
  }

  @Nested
  class Firewalls {
    final Rule http =
        Rule.of(Direction.IN, RuleProtocol.TCP)
            .withDescription("Allow port 80")
            .withSourceIps(
                List.of(
                    "192.0.2.2/32", "192.0.2.0/24", "2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"))
            .withPort("80");

    @Test
    void createAsTheSpecExample() {
      api.json(
          201,
          """
          {"firewall":%s,"actions":[]}"""
              .formatted(OpenApiExamples.field("get_firewall", "firewall")));
      client
          .firewalls()
          .create(
              CreateFirewallOptions.of("Corporate Intranet Protection")
                  .withLabels(Map.of("key", "value"))
                  .withRules(List.of(http))
                  .withApplyTo(
                      List.of(
                          ApplyTo.of(FirewallResourceType.SERVER)
                              .withServer(new AppliedToServer(42)))));
      assertBody(
          OpenApi.requestExample("create_firewall", "default"), expect("POST", "/v1/firewalls"));
    }

    @Test
    void setRulesAndApplyReturnActions() {
      api.json(
          201,
          """
          {"actions":[%s]}"""
              .formatted(MockApi.action(1, "set_firewall_rules", "running")));
      api.json(
          201,
          """
          {"actions":[]}""");
      assertEquals(
          1, client.firewalls().setRules(42, new SetFirewallRulesOptions(List.of(http))).size());
      assertBody(
          OpenApi.requestExample("set_firewall_rules", "default"),
          expect("POST", "/v1/firewalls/42/actions/set_rules"));
      client
          .firewalls()
          .applyToResources(
              42,
              new ApplyFirewallToResourcesOptions(
                  List.of(
                      ApplyTo.of(FirewallResourceType.SERVER)
                          .withServer(new AppliedToServer(42)))));
      assertBody(
          OpenApi.requestExample("apply_firewall_to_resources", "default"),
          expect("POST", "/v1/firewalls/42/actions/apply_to_resources"));
    }

    @Test
    void listWithFilters() {
      emptyPage("firewalls");
      client
          .firewalls()
          .list(ListFirewallsOptions.ALL.withLabelSelector("team").withSort("id:asc"));
      expect("GET", "/v1/firewalls?sort=id%3Aasc&label_selector=team&page=1&per_page=50");
    }
  }

  @Nested
  class Networks {
    @Test
    void createAndRoutes() {
      api.json(
          201,
          """
          {"network":%s}"""
              .formatted(OpenApiExamples.field("get_network", "network")));
      client
          .networks()
          .create(
              CreateNetworkOptions.of("backend", "10.0.0.0/16").withExposeRoutesToVswitch(false));
      assertBody(
          """
          {"name":"backend","ip_range":"10.0.0.0/16","expose_routes_to_vswitch":false}""",
          expect("POST", "/v1/networks"));
      api.json(201, ACTION);
      client.networks().addRoute(42, "10.100.1.0/24", "10.0.1.1");
      assertBody(
          """
          {"destination":"10.100.1.0/24","gateway":"10.0.1.1"}""",
          expect("POST", "/v1/networks/42/actions/add_route"));
      emptyPage("networks");
      client.networks().list(ListNetworksOptions.ALL.withName("backend"));
      expect("GET", "/v1/networks?name=backend&page=1&per_page=50");
    }
  }

  @Nested
  class LoadBalancers {
    @Test
    void listChangeTypeAndDeleteService() {
      emptyPage("load_balancers");
      client.loadBalancers().list(ListLoadBalancersOptions.ALL.withName("lb"));
      expect("GET", "/v1/load_balancers?name=lb&page=1&per_page=50");
      api.json(201, ACTION).json(201, ACTION);
      client.loadBalancers().changeType(42, "lb21");
      assertBody(
          """
          {"load_balancer_type":"lb21"}""",
          expect("POST", "/v1/load_balancers/42/actions/change_type"));
      client.loadBalancers().deleteService(42, 443);
      assertBody(
          """
          {"listen_port":443}""",
          expect("POST", "/v1/load_balancers/42/actions/delete_service"));
      emptyPage("load_balancer_types");
      client.loadBalancerTypes().list(ListLoadBalancerTypesOptions.ALL.withName("lb11"));
      expect("GET", "/v1/load_balancer_types?name=lb11&page=1&per_page=50");
    }
  }

  @Nested
  class Ips {
    @Test
    void floatingIpByHomeLocationName() {
      api.json(201, OpenApiExamples.response("create_floating_ip"));
      client
          .floatingIps()
          .create(
              CreateFloatingIpOptions.of(IpType.IPV4)
                  .withHomeLocation(IdOrName.name("fsn1"))
                  .withDescription("web"));
      assertBody(
          """
          {"type":"ipv4","home_location":"fsn1","description":"web"}""",
          expect("POST", "/v1/floating_ips"));
      emptyPage("floating_ips");
      client.floatingIps().list(ListFloatingIpsOptions.ALL.withSort("created:desc"));
      expect("GET", "/v1/floating_ips?sort=created%3Adesc&page=1&per_page=50");
    }

    @Test
    void primaryIpByLocationId() {
      api.json(201, OpenApiExamples.response("create_primary_ip"));
      client
          .primaryIps()
          .create(
              CreatePrimaryIpOptions.of("ip-1", IpType.IPV6)
                  .withLocation(IdOrName.id(3))
                  .withAutoDelete(true));
      assertBody(
          """
          {"name":"ip-1","type":"ipv6","location":3,"auto_delete":true}""",
          expect("POST", "/v1/primary_ips"));
      emptyPage("primary_ips");
      client.primaryIps().list(ListPrimaryIpsOptions.ALL.withIp("203.0.113.1"));
      expect("GET", "/v1/primary_ips?ip=203.0.113.1&page=1&per_page=50");
    }
  }

  @Nested
  class ImagesAndCatalogues {
    @Test
    void imagesFilterByEverything() {
      emptyPage("images");
      client
          .images()
          .list(
              ListImagesOptions.ALL
                  .withType("system", "snapshot")
                  .withArchitecture("arm")
                  .withIncludeDeprecated(true)
                  .withBoundTo("42"));
      expect(
          "GET",
          "/v1/images?type=system&type=snapshot&bound_to=42&include_deprecated=true&architecture=arm"
              + "&page=1&per_page=50");
    }

    @Test
    void catalogues() {
      emptyPage("isos");
      client
          .isos()
          .list(ListIsosOptions.ALL.withArchitecture("x86").withIncludeArchitectureWildcard(true));
      expect(
          "GET", "/v1/isos?architecture=x86&include_architecture_wildcard=true&page=1&per_page=50");
      emptyPage("locations");
      client.locations().list(ListLocationsOptions.ALL.withName("fsn1"));
      expect("GET", "/v1/locations?name=fsn1&page=1&per_page=50");
      emptyPage("server_types");
      client.serverTypes().list(ListServerTypesOptions.ALL.withName("cpx22"));
      expect("GET", "/v1/server_types?name=cpx22&page=1&per_page=50");
      api.json(
          200,
          """
          {"datacenters":[],"recommendation":1,%s}"""
              .formatted(META));
      listDatacenters();
      expect("GET", "/v1/datacenters?name=fsn1-dc14&page=1&per_page=50");
      api.json(200, OpenApiExamples.response("get_pricing"));
      assertFalse(client.pricing().get().currency().isEmpty());
      expect("GET", "/v1/pricing");
    }

    @SuppressWarnings("deprecation")
    private void listDatacenters() {
      client.datacenters().list(ListDatacentersOptions.ALL.withName("fsn1-dc14"));
    }
  }

  @Nested
  class KeysCertificatesGroups {
    @Test
    void sshKeys() {
      api.json(
          201,
          """
          {"ssh_key":%s}"""
              .formatted(OpenApiExamples.field("get_ssh_key", "ssh_key")));
      client.sshKeys().create(CreateSshKeyOptions.of("ops", "ssh-ed25519 AAAA ops@example.com"));
      assertBody(
          """
          {"name":"ops","public_key":"ssh-ed25519 AAAA ops@example.com"}""",
          expect("POST", "/v1/ssh_keys"));
      emptyPage("ssh_keys");
      client.sshKeys().list(ListSshKeysOptions.ALL.withFingerprint("b7:2f:30"));
      expect("GET", "/v1/ssh_keys?fingerprint=b7%3A2f%3A30&page=1&per_page=50");
    }

    @Test
    void uploadedCertificateAsTheSpecExampleNeverShowsItsKey() {
      api.json(201, OpenApiExamples.response("create_certificate"));
      CreateCertificateOptions upload =
          CreateCertificateOptions.of("my website cert")
              .withType(CertificateType.UPLOADED)
              .withCertificate("-----BEGIN CERTIFICATE-----\n...")
              .withPrivateKey("-----BEGIN PRIVATE KEY-----\n...");
      CreateCertificateResult r = client.certificates().create(upload);
      assertBody(
          OpenApi.requestExample("create_certificate", "uploaded"),
          expect("POST", "/v1/certificates"));
      assertFalse(upload.toString().contains("PRIVATE KEY"), upload.toString());
      assertEquals("my website cert", r.certificate().name());
      emptyPage("certificates");
      client.certificates().list(ListCertificatesOptions.ALL.withType("managed"));
      expect("GET", "/v1/certificates?type=managed&page=1&per_page=50");
    }

    @Test
    void placementGroupAsTheSpecExample() {
      api.json(201, OpenApiExamples.response("create_placement_group"));
      client
          .placementGroups()
          .create(CreatePlacementGroupOptions.of("my Placement Group", PlacementGroupType.SPREAD));
      assertBody(
          OpenApi.requestExample("create_placement_group", "default"),
          expect("POST", "/v1/placement_groups"));
      emptyPage("placement_groups");
      client.placementGroups().list(ListPlacementGroupsOptions.ALL.withType("spread"));
      expect("GET", "/v1/placement_groups?type=spread&page=1&per_page=50");
    }
  }
}
