package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudFixtures.action;
import static dev.hzone.cli.cloud.CloudFixtures.one;
import static dev.hzone.cli.cloud.CloudRequestsTest.act;
import static dev.hzone.cli.cloud.CloudRequestsTest.c;
import static dev.hzone.cli.cloud.CloudRequestsTest.delete;
import static dev.hzone.cli.cloud.CloudRequestsTest.get;
import static dev.hzone.cli.cloud.CloudRequestsTest.list;
import static dev.hzone.cli.cloud.CloudRequestsTest.lookup;
import static dev.hzone.cli.cloud.CloudRequestsTest.post;
import static dev.hzone.cli.cloud.CloudRequestsTest.put;

import dev.hzone.cli.cloud.CloudRequestsTest.Case;
import dev.hzone.cli.cloud.MockCloud.Exchange;
import java.util.List;

/** The requests of networks, firewalls and load balancers. */
final class NetworkCases {
  private NetworkCases() {}

  static final String NETWORK = CloudRequestsTest.NETWORK;
  static final Exchange INTERNAL = lookup("networks", "internal", NETWORK);
  static final String FIREWALL = CloudFixtures.firewall(8, "base");
  static final Exchange BASE = lookup("firewalls", "base", FIREWALL);
  static final String LB = CloudFixtures.loadBalancer(60, "front");
  static final Exchange FRONT = lookup("load_balancers", "front", LB);
  static final Exchange WEB = ServerCases.WEB;

  /** {@code POST} to a firewall action, answered with the plural {@code actions} the API gives. */
  static Exchange firewallAct(String action, String body) {
    return post(
        "/firewalls/8/actions/" + action,
        body,
        "{\"actions\": [" + CloudFixtures.action(31, action) + "]}");
  }

  static List<Case> all() {
    String ssh =
        "{\"description\": \"ssh\", \"direction\": \"in\", \"source_ips\": [\"0.0.0.0/0\", \"::/0\"], "
            + "\"protocol\": \"tcp\", \"port\": \"22\"}";
    return List.of(
        // networks
        c("network list", "10.0.0.0/16", list("networks", "", NETWORK)),
        c("network describe internal", "10.100.1.0/24", INTERNAL),
        c(
            "network create --name internal --ip-range 10.0.0.0/16 --label env=prod",
            "Network internal created (id 5)",
            post(
                "/networks",
                "{\"name\": \"internal\", \"ip_range\": \"10.0.0.0/16\", \"labels\": {\"env\": \"prod\"}}",
                one("network", NETWORK))),
        c(
            "network update internal --name backend --expose-routes-to-vswitch true",
            "Network internal updated",
            INTERNAL,
            put(
                "/networks/5",
                "{\"name\": \"backend\", \"expose_routes_to_vswitch\": true}",
                one("network", NETWORK))),
        c("network delete internal", "Network internal deleted", INTERNAL, delete("/networks/5")),
        c(
            "network add-label internal team=dns",
            "added to network internal",
            INTERNAL,
            put(
                "/networks/5",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("network", NETWORK))),
        c(
            "network remove-label internal env",
            "removed from network internal",
            INTERNAL,
            put("/networks/5", "{\"labels\": {}}", one("network", NETWORK))),
        c(
            "network enable-protection internal",
            "Delete protection of network internal enabled",
            INTERNAL,
            act("/networks/5/actions/change_protection", "{\"delete\": true}")),
        c(
            "network disable-protection internal",
            "disabled",
            INTERNAL,
            act("/networks/5/actions/change_protection", "{\"delete\": false}")),
        c(
            "network add-subnet internal --type cloud --network-zone eu-central --ip-range 10.0.2.0/24",
            "Subnet 10.0.2.0/24 added to network internal",
            INTERNAL,
            act(
                "/networks/5/actions/add_subnet",
                "{\"type\": \"cloud\", \"network_zone\": \"eu-central\", \"ip_range\": \"10.0.2.0/24\"}")),
        c(
            "network add-subnet internal --type vswitch --network-zone eu-central --vswitch-id 4711",
            "added to network",
            INTERNAL,
            act(
                "/networks/5/actions/add_subnet",
                "{\"type\": \"vswitch\", \"network_zone\": \"eu-central\", \"vswitch_id\": 4711}")),
        c(
            "network remove-subnet internal --ip-range 10.0.1.0/24",
            "Subnet 10.0.1.0/24 removed from network internal",
            INTERNAL,
            act("/networks/5/actions/delete_subnet", "{\"ip_range\": \"10.0.1.0/24\"}")),
        c(
            "network add-route internal --destination 10.100.2.0/24 --gateway 10.0.1.1",
            "Route 10.100.2.0/24 via 10.0.1.1 added to network internal",
            INTERNAL,
            act(
                "/networks/5/actions/add_route",
                "{\"destination\": \"10.100.2.0/24\", \"gateway\": \"10.0.1.1\"}")),
        c(
            "network remove-route internal --destination 10.100.1.0/24 --gateway 10.0.1.1",
            "removed from network internal",
            INTERNAL,
            act(
                "/networks/5/actions/delete_route",
                "{\"destination\": \"10.100.1.0/24\", \"gateway\": \"10.0.1.1\"}")),
        c(
            "network change-ip-range internal --ip-range 10.0.0.0/12",
            "IP range of network internal changed to 10.0.0.0/12",
            INTERNAL,
            act("/networks/5/actions/change_ip_range", "{\"ip_range\": \"10.0.0.0/12\"}")),
        c(
            "network expose-routes-to-vswitch internal",
            "Routes of network internal exposed to its vSwitch",
            INTERNAL,
            put("/networks/5", "{\"expose_routes_to_vswitch\": true}", one("network", NETWORK))),
        // firewalls
        c("firewall list", "base", list("firewalls", "", FIREWALL)),
        c("firewall describe base", "0.0.0.0/0", BASE),
        c(
            "firewall create --name base --rules-file rules.json --label env=prod",
            "Firewall base created (id 8)",
            post(
                "/firewalls",
                "{\"name\": \"base\", \"labels\": {\"env\": \"prod\"}, \"rules\": [{\"direction\": \"in\", "
                    + "\"protocol\": \"tcp\", \"port\": \"443\", \"source_ips\": [\"0.0.0.0/0\"]}]}",
                "{\"firewall\": " + FIREWALL + ", \"actions\": []}")),
        c(
            "firewall update base --name base-v2",
            "Firewall base updated",
            BASE,
            put("/firewalls/8", "{\"name\": \"base-v2\"}", one("firewall", FIREWALL))),
        c("firewall delete base", "Firewall base deleted", BASE, delete("/firewalls/8")),
        c(
            "firewall add-label base team=dns",
            "added to firewall base",
            BASE,
            put(
                "/firewalls/8",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("firewall", FIREWALL))),
        c(
            "firewall remove-label base env",
            "removed from firewall base",
            BASE,
            put("/firewalls/8", "{\"labels\": {}}", one("firewall", FIREWALL))),
        c(
            "firewall add-rule base --direction in --protocol tcp --port 443 --source-ips 0.0.0.0/0,::/0 --description https",
            "Rule in tcp port 443 from 0.0.0.0/0, ::/0 added to firewall base",
            BASE,
            firewallAct(
                "set_rules",
                "{\"rules\": ["
                    + ssh
                    + ", {\"description\": \"https\", \"direction\": \"in\", "
                    + "\"source_ips\": [\"0.0.0.0/0\", \"::/0\"], \"protocol\": \"tcp\", \"port\": \"443\"}]}")),
        c(
            "firewall delete-rule base --direction in --protocol tcp --port 22 --source-ips 0.0.0.0/0 --source-ips ::/0",
            "removed from firewall base",
            BASE,
            firewallAct("set_rules", "{\"rules\": []}")),
        c(
            "firewall replace-rules base --rules-file rules.json",
            "Rules of firewall base replaced (1 rules)",
            BASE,
            firewallAct(
                "set_rules",
                "{\"rules\": [{\"direction\": \"in\", \"protocol\": \"tcp\", \"port\": \"443\", "
                    + "\"source_ips\": [\"0.0.0.0/0\"]}]}")),
        c(
            "firewall apply-to-resource base --type server --server web",
            "Firewall base applied to server web",
            BASE,
            WEB,
            firewallAct(
                "apply_to_resources",
                "{\"apply_to\": [{\"type\": \"server\", \"server\": {\"id\": 42}}]}")),
        c(
            "firewall apply-to-resource base --type label_selector -l env=prod",
            "applied to servers matching env=prod",
            BASE,
            firewallAct(
                "apply_to_resources",
                "{\"apply_to\": [{\"type\": \"label_selector\", \"label_selector\": {\"selector\": \"env=prod\"}}]}")),
        c(
            "firewall remove-from-resource base --type server --server web",
            "Firewall base removed from server web",
            BASE,
            WEB,
            firewallAct(
                "remove_from_resources",
                "{\"remove_from\": [{\"type\": \"server\", \"server\": {\"id\": 42}}]}")),
        // load balancers
        c("load-balancer list", "healthy", list("load_balancers", "", LB)),
        c("load-balancer describe front", "HCLBSTICKY", FRONT),
        c(
            "load-balancer create --name front --type lb11 --location fsn1 --algorithm-type least_connections",
            "Load balancer front created (id 60)",
            post(
                "/load_balancers",
                "{\"name\": \"front\", \"load_balancer_type\": \"lb11\", \"location\": \"fsn1\", "
                    + "\"algorithm\": {\"type\": \"least_connections\"}}",
                "{\"load_balancer\": "
                    + LB
                    + ", \"action\": "
                    + action(30, "create_load_balancer")
                    + "}"),
            get("/load_balancers/60", one("load_balancer", LB))),
        c(
            "load-balancer update front --name front-2",
            "Load balancer front updated",
            FRONT,
            put("/load_balancers/60", "{\"name\": \"front-2\"}", one("load_balancer", LB))),
        c(
            "load-balancer delete front",
            "Load balancer front deleted",
            FRONT,
            delete("/load_balancers/60")),
        c(
            "load-balancer add-label front team=dns",
            "added to load balancer front",
            FRONT,
            put(
                "/load_balancers/60",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("load_balancer", LB))),
        c(
            "load-balancer remove-label front env",
            "removed from load balancer front",
            FRONT,
            put("/load_balancers/60", "{\"labels\": {}}", one("load_balancer", LB))),
        c(
            "load-balancer enable-protection front",
            "enabled",
            FRONT,
            act("/load_balancers/60/actions/change_protection", "{\"delete\": true}")),
        c(
            "load-balancer disable-protection front",
            "disabled",
            FRONT,
            act("/load_balancers/60/actions/change_protection", "{\"delete\": false}")),
        c(
            "load-balancer add-service front --protocol http",
            "Service http 80 -> 80 added to load balancer front",
            FRONT,
            act(
                "/load_balancers/60/actions/add_service",
                """
                {"protocol": "http", "listen_port": 80, "destination_port": 80, "proxyprotocol": false,
                 "health_check": {"protocol": "http", "port": 80, "interval": 15, "timeout": 10, "retries": 3,
                                  "http": {"path": "/"}}}""")),
        c(
            "load-balancer add-service front --protocol https --http-certificates www --http-redirect-http true "
                + "--http-cookie-lifetime 10m",
            "Service https 443 -> 80 added",
            FRONT,
            lookup("certificates", "www", CloudFixtures.certificate(13, "www")),
            act(
                "/load_balancers/60/actions/add_service",
                """
                {"protocol": "https", "listen_port": 443, "destination_port": 80, "proxyprotocol": false,
                 "health_check": {"protocol": "tcp", "port": 80, "interval": 15, "timeout": 10, "retries": 3},
                 "http": {"cookie_lifetime": 600, "redirect_http": true, "certificates": [13]}}""")),
        c(
            "load-balancer add-service front --protocol tcp --listen-port 5432 --destination-port 5432 --proxy-protocol true",
            "Service tcp 5432 -> 5432 added",
            FRONT,
            act(
                "/load_balancers/60/actions/add_service",
                """
                {"protocol": "tcp", "listen_port": 5432, "destination_port": 5432, "proxyprotocol": true,
                 "health_check": {"protocol": "tcp", "port": 5432, "interval": 15, "timeout": 10, "retries": 3}}""")),
        c(
            "load-balancer update-service front --listen-port 80 --health-check-http-path /healthz "
                + "--http-sticky-sessions true",
            "Service 80 of load balancer front updated",
            FRONT,
            act(
                "/load_balancers/60/actions/update_service",
                """
                {"listen_port": 80, "health_check": {"http": {"path": "/healthz"}}, "http": {"sticky_sessions": true}}""")),
        c(
            "load-balancer delete-service front --listen-port 80",
            "Service 80 removed from load balancer front",
            FRONT,
            act("/load_balancers/60/actions/delete_service", "{\"listen_port\": 80}")),
        c(
            "load-balancer add-target front --server web --use-private-ip",
            "Target server web added to load balancer front",
            FRONT,
            WEB,
            act(
                "/load_balancers/60/actions/add_target",
                "{\"type\": \"server\", \"server\": {\"id\": 42}, \"use_private_ip\": true}")),
        c(
            "load-balancer add-target front --label-selector role=web",
            "Target label selector role=web added",
            FRONT,
            act(
                "/load_balancers/60/actions/add_target",
                "{\"type\": \"label_selector\", \"label_selector\": {\"selector\": \"role=web\"}}")),
        c(
            "load-balancer add-target front --ip 203.0.113.9",
            "Target IP 203.0.113.9 added",
            FRONT,
            act(
                "/load_balancers/60/actions/add_target",
                "{\"type\": \"ip\", \"ip\": {\"ip\": \"203.0.113.9\"}}")),
        c(
            "load-balancer remove-target front --server web",
            "Target server web removed from load balancer front",
            FRONT,
            WEB,
            act(
                "/load_balancers/60/actions/remove_target",
                "{\"type\": \"server\", \"server\": {\"id\": 42}}")),
        c(
            "load-balancer change-algorithm front --algorithm-type least_connections",
            "Algorithm of load balancer front changed to least_connections",
            FRONT,
            act(
                "/load_balancers/60/actions/change_algorithm",
                "{\"type\": \"least_connections\"}")),
        c(
            "load-balancer change-type front lb21",
            "Load balancer front changed to type lb21",
            FRONT,
            act("/load_balancers/60/actions/change_type", "{\"load_balancer_type\": \"lb21\"}")),
        c(
            "load-balancer attach-to-network front --network internal --ip 10.0.1.10",
            "Load balancer front attached to network internal",
            FRONT,
            INTERNAL,
            act(
                "/load_balancers/60/actions/attach_to_network",
                "{\"network\": 5, \"ip\": \"10.0.1.10\"}")),
        c(
            "load-balancer detach-from-network front --network internal",
            "detached from network internal",
            FRONT,
            INTERNAL,
            act("/load_balancers/60/actions/detach_from_network", "{\"network\": 5}")),
        c(
            "load-balancer enable-public-interface front",
            "Public interface of load balancer front enabled",
            FRONT,
            act("/load_balancers/60/actions/enable_public_interface", "")),
        c(
            "load-balancer disable-public-interface front",
            "Public interface of load balancer front disabled",
            FRONT,
            act("/load_balancers/60/actions/disable_public_interface", "")),
        c(
            "load-balancer set-rdns front --hostname lb.example.com --ip 2001:db8:20::1 --no-forward-check",
            "Reverse DNS of load balancer front (2001:db8:20::1) set to lb.example.com",
            FRONT,
            act(
                "/load_balancers/60/actions/change_dns_ptr",
                "{\"ip\": \"2001:db8:20::1\", \"dns_ptr\": \"lb.example.com\"}")),
        c(
            "load-balancer set-rdns front --reset --ip 2001:db8:20::1",
            "Reverse DNS of load balancer front (2001:db8:20::1) reset",
            FRONT,
            act(
                "/load_balancers/60/actions/change_dns_ptr",
                "{\"ip\": \"2001:db8:20::1\", \"dns_ptr\": null}")),
        c(
            "load-balancer metrics front --type requests_per_second --start 2026-03-01T10:00:00Z --end 2026-03-01T11:00:00Z",
            "REQUESTS_PER_SECOND",
            FRONT,
            get(
                "/load_balancers/60/metrics?type=requests_per_second&start=2026-03-01T10%3A00%3A00Z&end=2026-03-01T11%3A00%3A00Z",
                """
                {"metrics": {"start": "2026-03-01T10:00:00Z", "end": "2026-03-01T11:00:00Z", "step": 60,
                 "time_series": {"requests_per_second": {"values": [[1772359200, "17"]]}}}}""")));
  }
}
