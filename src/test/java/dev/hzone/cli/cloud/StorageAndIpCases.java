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

/**
 * The requests of volumes, floating and primary IPs, SSH keys, images, placement groups and
 * certificates.
 */
final class StorageAndIpCases {
  private StorageAndIpCases() {}

  static final String VOLUME = CloudFixtures.volume(3, "data");
  static final Exchange DATA = lookup("volumes", "data", VOLUME);
  static final String FIP = CloudFixtures.floatingIp(11, "vip");
  static final Exchange VIP = lookup("floating_ips", "vip", FIP);
  static final String PIP = CloudFixtures.primaryIp(12, "web-v4");
  static final Exchange WEBV4 = lookup("primary_ips", "web-v4", PIP);
  static final String KEY = CloudFixtures.sshKey(7, "laptop");
  static final Exchange LAPTOP = lookup("ssh_keys", "laptop", KEY);
  static final String PG = CloudFixtures.placementGroup(9, "spread");
  static final Exchange SPREAD = lookup("placement_groups", "spread", PG);
  static final String CERT = CloudFixtures.certificate(13, "www");
  static final Exchange WWW = lookup("certificates", "www", CERT);
  static final String IMAGE = CloudFixtures.IMAGE;
  static final Exchange WEB = ServerCases.WEB;

  static List<Case> all() {
    return List.of(
        // volumes
        c(
            "volume list -l env=prod -o columns=name,linux_device",
            "/dev/disk/by-id/scsi-0HC_Volume_3",
            list("volumes", "label_selector=env%3Dprod", VOLUME)),
        c("volume describe data", "ext4", DATA),
        c(
            "volume create --name data --size 50 --server web --automount --format ext4",
            "Volume data created (id 3)",
            WEB,
            post(
                "/volumes",
                """
                {"size": 50, "name": "data", "server": 42, "automount": true, "format": "ext4"}""",
                "{\"volume\": "
                    + VOLUME
                    + ", \"action\": "
                    + action(30, "create_volume")
                    + ", \"next_actions\": ["
                    + action(31, "attach_volume")
                    + "]}"),
            get("/volumes/3", one("volume", VOLUME))),
        c(
            "volume update data --name backups",
            "Volume data updated",
            DATA,
            put("/volumes/3", "{\"name\": \"backups\"}", one("volume", VOLUME))),
        c("volume delete data", "Volume data deleted", DATA, delete("/volumes/3")),
        c(
            "volume add-label data tier=ssd",
            "added to volume data",
            DATA,
            put(
                "/volumes/3",
                "{\"labels\": {\"env\": \"prod\", \"tier\": \"ssd\"}}",
                one("volume", VOLUME))),
        c(
            "volume remove-label data --all",
            "All labels removed from volume data",
            DATA,
            put("/volumes/3", "{\"labels\": {}}", one("volume", VOLUME))),
        c(
            "volume enable-protection data delete",
            "Delete protection of volume data enabled",
            DATA,
            act("/volumes/3/actions/change_protection", "{\"delete\": true}")),
        c(
            "volume disable-protection data",
            "Delete protection of volume data disabled",
            DATA,
            act("/volumes/3/actions/change_protection", "{\"delete\": false}")),
        c(
            "volume attach data --server web --automount",
            "Volume data attached to server web",
            DATA,
            WEB,
            act("/volumes/3/actions/attach", "{\"server\": 42, \"automount\": true}")),
        c(
            "volume detach 3",
            "Volume data detached",
            get("/volumes/3", one("volume", VOLUME.replace("\"server\": null", "\"server\": 42"))),
            act("/volumes/3/actions/detach", "")),
        c(
            "volume resize data --size 100",
            "Volume data resized to 100 GB",
            DATA,
            act("/volumes/3/actions/resize", "{\"size\": 100}")),
        // floating IPs
        c("floating-ip list", "203.0.113.30", list("floating_ips", "", FIP)),
        c("floating-ip describe vip", "web front", VIP),
        c(
            "floating-ip create --type ipv4 --home-location fsn1 --name vip --description 'web front'",
            "Floating IP vip created (id 11)",
            post(
                "/floating_ips",
                """
                {"type": "ipv4", "home_location": "fsn1", "name": "vip", "description": "web front"}""",
                "{\"floating_ip\": " + FIP + ", \"action\": null}")),
        c(
            "floating-ip update vip --description 'web v2'",
            "Floating IP vip updated",
            VIP,
            put("/floating_ips/11", "{\"description\": \"web v2\"}", one("floating_ip", FIP))),
        c("floating-ip delete vip", "Floating IP vip deleted", VIP, delete("/floating_ips/11")),
        c(
            "floating-ip add-label vip team=dns",
            "added to floating IP vip",
            VIP,
            put(
                "/floating_ips/11",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("floating_ip", FIP))),
        c(
            "floating-ip remove-label vip env",
            "removed from floating IP vip",
            VIP,
            put("/floating_ips/11", "{\"labels\": {}}", one("floating_ip", FIP))),
        c(
            "floating-ip enable-protection vip",
            "Delete protection of floating IP vip enabled",
            VIP,
            act("/floating_ips/11/actions/change_protection", "{\"delete\": true}")),
        c(
            "floating-ip disable-protection vip",
            "disabled",
            VIP,
            act("/floating_ips/11/actions/change_protection", "{\"delete\": false}")),
        c(
            "floating-ip assign vip web",
            "Floating IP vip assigned to server web",
            VIP,
            WEB,
            act("/floating_ips/11/actions/assign", "{\"server\": 42}")),
        c(
            "floating-ip unassign vip",
            "Floating IP vip unassigned",
            VIP,
            act("/floating_ips/11/actions/unassign", "")),
        c(
            "floating-ip set-rdns vip --hostname vip.example.com --no-forward-check",
            "set to vip.example.com",
            VIP,
            act(
                "/floating_ips/11/actions/change_dns_ptr",
                "{\"ip\": \"203.0.113.30\", \"dns_ptr\": \"vip.example.com\"}")),
        c(
            "floating-ip set-rdns vip --reset",
            "Reverse DNS of floating IP vip (203.0.113.30) reset",
            VIP,
            act(
                "/floating_ips/11/actions/change_dns_ptr",
                "{\"ip\": \"203.0.113.30\", \"dns_ptr\": null}")),
        // primary IPs
        c("primary-ip list", "203.0.113.40", list("primary_ips", "", PIP)),
        c(
            "primary-ip describe 203.0.113.40",
            "web-v4",
            get(
                "/primary_ips?ip=203.0.113.40&page=1&per_page=50",
                CloudFixtures.page("primary_ips", PIP))),
        c(
            "primary-ip create --name web-v4 --type ipv4 --assignee web --auto-delete",
            "Primary IP web-v4 created (id 12)",
            WEB,
            post(
                "/primary_ips",
                """
                {"name": "web-v4", "type": "ipv4", "assignee_type": "server", "assignee_id": 42, "auto_delete": true}""",
                "{\"primary_ip\": "
                    + PIP
                    + ", \"action\": "
                    + action(30, "create_primary_ip")
                    + "}"),
            get("/primary_ips/12", one("primary_ip", PIP))),
        c(
            "primary-ip update web-v4 --auto-delete false",
            "Primary IP web-v4 updated",
            WEBV4,
            put("/primary_ips/12", "{\"auto_delete\": false}", one("primary_ip", PIP))),
        c(
            "primary-ip delete web-v4",
            "Primary IP web-v4 deleted",
            WEBV4,
            delete("/primary_ips/12")),
        c(
            "primary-ip add-label web-v4 team=dns",
            "added to primary IP web-v4",
            WEBV4,
            put(
                "/primary_ips/12",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("primary_ip", PIP))),
        c(
            "primary-ip remove-label web-v4 env",
            "removed from primary IP web-v4",
            WEBV4,
            put("/primary_ips/12", "{\"labels\": {}}", one("primary_ip", PIP))),
        c(
            "primary-ip enable-protection web-v4",
            "enabled",
            WEBV4,
            act("/primary_ips/12/actions/change_protection", "{\"delete\": true}")),
        c(
            "primary-ip disable-protection web-v4",
            "disabled",
            WEBV4,
            act("/primary_ips/12/actions/change_protection", "{\"delete\": false}")),
        c(
            "primary-ip assign web-v4 --server web",
            "Primary IP web-v4 assigned to server web",
            WEBV4,
            WEB,
            act(
                "/primary_ips/12/actions/assign",
                "{\"assignee_type\": \"server\", \"assignee_id\": 42}")),
        c(
            "primary-ip unassign web-v4",
            "Primary IP web-v4 unassigned",
            WEBV4,
            act("/primary_ips/12/actions/unassign", "")),
        c(
            "primary-ip set-rdns web-v4 --hostname web.example.com --no-forward-check",
            "set to web.example.com",
            WEBV4,
            act(
                "/primary_ips/12/actions/change_dns_ptr",
                "{\"ip\": \"203.0.113.40\", \"dns_ptr\": \"web.example.com\"}")),
        c(
            "primary-ip set-rdns web-v4 --reset",
            "Reverse DNS of primary IP web-v4 (203.0.113.40) reset",
            WEBV4,
            act(
                "/primary_ips/12/actions/change_dns_ptr",
                "{\"ip\": \"203.0.113.40\", \"dns_ptr\": null}")),
        // SSH keys
        c("ssh-key list", "b7:2f:30", list("ssh_keys", "", KEY)),
        c("ssh-key describe laptop", "me@laptop", LAPTOP),
        c(
            "ssh-key create --name laptop --public-key 'ssh-ed25519 AAAAC3Nza me@laptop' --label env=prod",
            "SSH key laptop created (id 7)",
            post(
                "/ssh_keys",
                "{\"name\": \"laptop\", \"public_key\": \"ssh-ed25519 AAAAC3Nza me@laptop\", "
                    + "\"labels\": {\"env\": \"prod\"}}",
                one("ssh_key", KEY))),
        c(
            "ssh-key update laptop --name old-laptop",
            "SSH key laptop updated",
            LAPTOP,
            put("/ssh_keys/7", "{\"name\": \"old-laptop\"}", one("ssh_key", KEY))),
        c(
            "ssh-key delete 7",
            "SSH key laptop deleted",
            get("/ssh_keys/7", one("ssh_key", KEY)),
            delete("/ssh_keys/7")),
        c(
            "ssh-key add-label laptop team=dns",
            "added to SSH key laptop",
            LAPTOP,
            put(
                "/ssh_keys/7",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("ssh_key", KEY))),
        c(
            "ssh-key remove-label laptop env",
            "removed from SSH key laptop",
            LAPTOP,
            put("/ssh_keys/7", "{\"labels\": {}}", one("ssh_key", KEY))),
        // images
        c(
            "image list --type system --architecture x86",
            "ubuntu-24.04",
            list("images", "type=system&architecture=x86", IMAGE)),
        c("image describe ubuntu-24.04", "Ubuntu 24.04", lookup("images", "ubuntu-24.04", IMAGE)),
        c(
            "image update 161547269 --description 'base' --type snapshot",
            "Image ubuntu-24.04 updated",
            get("/images/161547269", one("image", IMAGE)),
            put(
                "/images/161547269",
                "{\"description\": \"base\", \"type\": \"snapshot\"}",
                one("image", IMAGE))),
        c(
            "image delete 161547269",
            "Image ubuntu-24.04 deleted",
            get("/images/161547269", one("image", IMAGE)),
            delete("/images/161547269")),
        c(
            "image add-label 161547269 keep=yes",
            "added to image ubuntu-24.04",
            get("/images/161547269", one("image", IMAGE)),
            put("/images/161547269", "{\"labels\": {\"keep\": \"yes\"}}", one("image", IMAGE))),
        c(
            "image remove-label 161547269 --all",
            "All labels removed",
            get("/images/161547269", one("image", IMAGE)),
            put("/images/161547269", "{\"labels\": {}}", one("image", IMAGE))),
        c(
            "image enable-protection 161547269",
            "Delete protection of image ubuntu-24.04 enabled",
            get("/images/161547269", one("image", IMAGE)),
            act("/images/161547269/actions/change_protection", "{\"delete\": true}")),
        c(
            "image disable-protection 161547269",
            "disabled",
            get("/images/161547269", one("image", IMAGE)),
            act("/images/161547269/actions/change_protection", "{\"delete\": false}")),
        // placement groups
        c("placement-group list", "spread", list("placement_groups", "", PG)),
        c("placement-group describe spread", "Server ID: 42", SPREAD),
        c(
            "placement-group create --name spread --label env=prod",
            "Placement group spread created (id 9)",
            post(
                "/placement_groups",
                "{\"name\": \"spread\", \"type\": \"spread\", \"labels\": {\"env\": \"prod\"}}",
                "{\"placement_group\": " + PG + ", \"action\": null}")),
        c(
            "placement-group update spread --name web-spread",
            "Placement group spread updated",
            SPREAD,
            put("/placement_groups/9", "{\"name\": \"web-spread\"}", one("placement_group", PG))),
        c(
            "placement-group delete spread",
            "Placement group spread deleted",
            SPREAD,
            delete("/placement_groups/9")),
        c(
            "placement-group add-label spread team=dns",
            "added to placement group spread",
            SPREAD,
            put(
                "/placement_groups/9",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("placement_group", PG))),
        c(
            "placement-group remove-label spread env",
            "removed from placement group spread",
            SPREAD,
            put("/placement_groups/9", "{\"labels\": {}}", one("placement_group", PG))),
        // certificates
        c(
            "certificate list --type managed",
            "example.com, www.example.com",
            list("certificates", "type=managed", CERT)),
        c("certificate describe www", "load_balancer 60", WWW),
        c(
            "certificate create --name www --cert-file www.crt --key-file www.key",
            "Certificate www created (id 13)",
            post(
                "/certificates",
                """
                {"name": "www", "type": "uploaded",
                 "certificate": "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n",
                 "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"}""",
                "{\"certificate\": " + CERT + ", \"action\": null}")),
        c(
            "certificate create --name www --type managed --domain example.com --domain www.example.com",
            "Certificate www created (id 13)",
            post(
                "/certificates",
                "{\"name\": \"www\", \"type\": \"managed\", \"domain_names\": [\"example.com\", "
                    + "\"www.example.com\"]}",
                "{\"certificate\": "
                    + CERT
                    + ", \"action\": "
                    + action(30, "create_certificate")
                    + "}"),
            get("/certificates/13", one("certificate", CERT))),
        c(
            "certificate update www --name www-2026",
            "Certificate www updated",
            WWW,
            put("/certificates/13", "{\"name\": \"www-2026\"}", one("certificate", CERT))),
        c("certificate delete www", "Certificate www deleted", WWW, delete("/certificates/13")),
        c(
            "certificate add-label www team=dns",
            "added to certificate www",
            WWW,
            put(
                "/certificates/13",
                "{\"labels\": {\"env\": \"prod\", \"team\": \"dns\"}}",
                one("certificate", CERT))),
        c(
            "certificate remove-label www env",
            "removed from certificate www",
            WWW,
            put("/certificates/13", "{\"labels\": {}}", one("certificate", CERT))),
        c(
            "certificate retry www",
            "Certificate www issued",
            WWW,
            act("/certificates/13/actions/retry", "")));
  }
}
