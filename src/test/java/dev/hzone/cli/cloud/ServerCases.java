package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudFixtures.action;
import static dev.hzone.cli.cloud.CloudFixtures.one;
import static dev.hzone.cli.cloud.CloudRequestsTest.act;
import static dev.hzone.cli.cloud.CloudRequestsTest.c;
import static dev.hzone.cli.cloud.CloudRequestsTest.get;
import static dev.hzone.cli.cloud.CloudRequestsTest.list;
import static dev.hzone.cli.cloud.CloudRequestsTest.lookup;
import static dev.hzone.cli.cloud.CloudRequestsTest.post;
import static dev.hzone.cli.cloud.CloudRequestsTest.put;

import dev.hzone.cli.cloud.CloudRequestsTest.Case;
import dev.hzone.cli.cloud.MockCloud.Exchange;
import java.util.ArrayList;
import java.util.List;

/** The server verbs' requests. */
final class ServerCases {
  private ServerCases() {}

  static final String SERVER = CloudRequestsTest.SERVER;
  static final Exchange WEB = lookup("servers", "web", SERVER);

  static List<Case> all() {
    List<Case> out =
        new ArrayList<>(
            List.of(
                c("server list", "203.0.113.7", list("servers", "", SERVER)),
                c(
                    "server list -l env=prod --status running -o columns=name,type",
                    "cpx22",
                    list("servers", "label_selector=env%3Dprod&status=running", SERVER)),
                c("server describe web", "Falkenstein", WEB),
                c(
                    "server describe 42 -o json",
                    "\"name\": \"web\"",
                    get("/servers/42", one("server", SERVER))),
                c(
                    "server create --name web --type cpx22 --image ubuntu-24.04 --ssh-key laptop --label env=prod "
                        + "--user-data-from-file user-data.yml --location fsn1",
                    "Server web created (id 42)",
                    post(
                        "/servers",
                        """
                {"name": "web", "server_type": "cpx22", "image": "ubuntu-24.04", "location": "fsn1",
                 "ssh_keys": ["laptop"], "labels": {"env": "prod"},
                 "user_data": "#cloud-config\\npackages: [nginx]\\n"}""",
                        "{\"server\": "
                            + SERVER
                            + ", \"action\": "
                            + action(30, "create_server")
                            + ", \"next_actions\": ["
                            + action(31, "start_server")
                            + "], \"root_password\": null}"),
                    get("/servers/42", one("server", SERVER))),
                c(
                    "server create --name web --type cpx22 --image ubuntu-24.04 --without-ipv4 --network internal "
                        + "--firewall 8 --start-after-create false",
                    "Root password: Kx8",
                    lookup("networks", "internal", CloudRequestsTest.NETWORK),
                    get("/firewalls/8", one("firewall", CloudFixtures.firewall(8, "base"))),
                    post(
                        "/servers",
                        """
                {"name": "web", "server_type": "cpx22", "image": "ubuntu-24.04", "start_after_create": false,
                 "networks": [5], "firewalls": [{"firewall": 8}],
                 "public_net": {"enable_ipv4": false, "enable_ipv6": true}}""",
                        "{\"server\": "
                            + SERVER
                            + ", \"action\": "
                            + action(30, "create_server")
                            + ", \"next_actions\": [], \"root_password\": \"Kx8\"}"),
                    get("/servers/42", one("server", SERVER))),
                c(
                    "server update web --name web-1",
                    "Server web updated",
                    WEB,
                    put("/servers/42", "{\"name\": \"web-1\"}", one("server", SERVER))),
                c(
                    "server delete web",
                    "Server web deleted",
                    WEB,
                    new Exchange(
                        "DELETE",
                        "/v1/servers/42",
                        "",
                        200,
                        one("action", action(31, "delete_server")))),
                c(
                    "server add-label web team=dns",
                    "Label(s) team added to server web",
                    WEB,
                    put(
                        "/servers/42",
                        "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                        one("server", SERVER))),
                c(
                    "server remove-label web env",
                    "Label(s) env removed from server web",
                    WEB,
                    put("/servers/42", "{\"labels\": {}}", one("server", SERVER))),
                c(
                    "server enable-protection web",
                    "Delete and rebuild protection of server web enabled",
                    WEB,
                    act(
                        "/servers/42/actions/change_protection",
                        "{\"delete\": true, \"rebuild\": true}")),
                c(
                    "server disable-protection web",
                    "Delete and rebuild protection of server web disabled",
                    WEB,
                    act(
                        "/servers/42/actions/change_protection",
                        "{\"delete\": false, \"rebuild\": false}")),
                c(
                    "server rebuild web --image debian-12",
                    "Root password: pw1",
                    WEB,
                    post(
                        "/servers/42/actions/rebuild",
                        "{\"image\": \"debian-12\"}",
                        "{\"action\": "
                            + action(31, "rebuild_server")
                            + ", \"root_password\": \"pw1\"}")),
                c(
                    "server enable-rescue web --ssh-key laptop",
                    "Rescue system of server web enabled",
                    WEB,
                    lookup("ssh_keys", "laptop", CloudFixtures.sshKey(7, "laptop")),
                    post(
                        "/servers/42/actions/enable_rescue",
                        "{\"type\": \"linux64\", \"ssh_keys\": [7]}",
                        "{\"action\": "
                            + action(31, "enable_rescue")
                            + ", \"root_password\": null}")),
                c(
                    "server change-type web cpx32 --keep-disk",
                    "Server web changed to type cpx32",
                    WEB,
                    act(
                        "/servers/42/actions/change_type",
                        "{\"server_type\": \"cpx32\", \"upgrade_disk\": false}")),
                c(
                    "server attach-iso web virtio-win-0.1.248.iso",
                    "ISO virtio-win-0.1.248.iso attached to server web",
                    WEB,
                    act("/servers/42/actions/attach_iso", "{\"iso\": \"virtio-win-0.1.248.iso\"}")),
                c(
                    "server attach-to-network web --network internal --ip 10.0.1.5 --alias-ips 10.0.1.6",
                    "Server web attached to network internal",
                    WEB,
                    lookup("networks", "internal", CloudRequestsTest.NETWORK),
                    act(
                        "/servers/42/actions/attach_to_network",
                        "{\"network\": 5, \"ip\": \"10.0.1.5\", \"alias_ips\": [\"10.0.1.6\"]}")),
                c(
                    "server detach-from-network web --network 5",
                    "Server web detached from network 5",
                    WEB,
                    get("/networks/5", one("network", CloudRequestsTest.NETWORK)),
                    act("/servers/42/actions/detach_from_network", "{\"network\": 5}")),
                c(
                    "server change-alias-ips web --network 5 --alias-ips 10.0.1.6,10.0.1.7",
                    "Alias IPs of server web in network 5 set to 10.0.1.6, 10.0.1.7",
                    WEB,
                    get("/networks/5", one("network", CloudRequestsTest.NETWORK)),
                    act(
                        "/servers/42/actions/change_alias_ips",
                        "{\"network\": 5, \"alias_ips\": [\"10.0.1.6\", \"10.0.1.7\"]}")),
                c(
                    "server change-alias-ips web --network 5 --clear",
                    "set to none",
                    WEB,
                    get("/networks/5", one("network", CloudRequestsTest.NETWORK)),
                    act(
                        "/servers/42/actions/change_alias_ips",
                        "{\"network\": 5, \"alias_ips\": []}")),
                c(
                    "server create-image web --description 'before upgrade' --label keep=yes",
                    "Image: 161547269",
                    WEB,
                    post(
                        "/servers/42/actions/create_image",
                        "{\"description\": \"before upgrade\", \"labels\": {\"keep\": \"yes\"}}",
                        "{\"image\": "
                            + CloudFixtures.IMAGE
                            + ", \"action\": "
                            + action(31, "create_image")
                            + "}")),
                c(
                    "server reset-password web",
                    "Root password: pw2",
                    WEB,
                    post(
                        "/servers/42/actions/reset_password",
                        "",
                        "{\"root_password\": \"pw2\", \"action\": "
                            + action(31, "reset_password")
                            + "}")),
                c(
                    "server request-console web -o json",
                    "\"wss_url\": \"wss://console.hetzner.cloud/?token=abc\"",
                    WEB,
                    post(
                        "/servers/42/actions/request_console",
                        "",
                        "{\"wss_url\": \"wss://console.hetzner.cloud/?token=abc\", \"password\": \"vnc\", \"action\": "
                            + action(31, "request_console")
                            + "}")),
                c(
                    "server add-to-placement-group web --placement-group 9",
                    "Server web added to placement group 9",
                    WEB,
                    get(
                        "/placement_groups/9",
                        one("placement_group", CloudFixtures.placementGroup(9, "spread"))),
                    act("/servers/42/actions/add_to_placement_group", "{\"placement_group\": 9}")),
                c(
                    "server set-rdns web --hostname www.example.com --no-forward-check",
                    "Reverse DNS of server web (203.0.113.7) set to www.example.com",
                    WEB,
                    act(
                        "/servers/42/actions/change_dns_ptr",
                        "{\"ip\": \"203.0.113.7\", \"dns_ptr\": \"www.example.com\"}")),
                c(
                    "server set-rdns web --reset --ip 2001:db8:7::1",
                    "Reverse DNS of server web (2001:db8:7::1) reset",
                    WEB,
                    act(
                        "/servers/42/actions/change_dns_ptr",
                        "{\"ip\": \"2001:db8:7::1\", \"dns_ptr\": null}")),
                c(
                    "server metrics web --type cpu --start 2026-03-01T10:00:00Z --end 2026-03-01T11:00:00Z",
                    "0.42",
                    WEB,
                    get(
                        "/servers/42/metrics?type=cpu&start=2026-03-01T10%3A00%3A00Z&end=2026-03-01T11%3A00%3A00Z",
                        """
                {"metrics": {"start": "2026-03-01T10:00:00Z", "end": "2026-03-01T11:00:00Z", "step": 60,
                 "time_series": {"cpu": {"values": [[1772359200, "0.42"]]}}}}""")),
                c("server ip web -6", "2001:db8:7::1", WEB),
                c(
                    "server poweron web --no-wait",
                    "Wait for it with 'hzone action wait 31'",
                    WEB,
                    post(
                        "/servers/42/actions/poweron",
                        "",
                        one(
                            "action",
                            action(31, "start_server")
                                .replace(
                                    "\"success\", \"progress\": 100",
                                    "\"running\", \"progress\": 0"))))));
    for (String[] simple :
        new String[][] {
          {"poweron", "poweron", "started"},
          {"poweroff", "poweroff", "stopped"},
          {"shutdown", "shutdown", "asked to shut down"},
          {"reboot", "reboot", "rebooted"},
          {"reset", "reset", "reset"},
          {"disable-rescue", "disable_rescue", "set to boot from its disk"},
          {"detach-iso", "detach_iso", "has no ISO"},
          {"enable-backup", "enable_backup", "backed up daily"},
          {"disable-backup", "disable_backup", "no longer backed up"},
          {
            "remove-from-placement-group",
            "remove_from_placement_group",
            "removed from its placement group"
          }
        }) {
      out.add(
          c(
              "server " + simple[0] + " web",
              "Server web " + simple[2],
              WEB,
              act("/servers/42/actions/" + simple[1], "")));
    }
    return out;
  }
}
