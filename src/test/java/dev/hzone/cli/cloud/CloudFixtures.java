package dev.hzone.cli.cloud;

/**
 * Resource objects as the Cloud API returns them, written for these tests after resources.md: one
 * per kind, complete enough for every column and describe line. {@code %d} and {@code %s} are the
 * id and the name.
 */
final class CloudFixtures {
  private CloudFixtures() {}

  static final String LOCATION =
      """
      {"id": 1, "name": "fsn1", "description": "Falkenstein DC Park 1", "country": "DE", "city": "Falkenstein",
       "latitude": 50.47612, "longitude": 12.370071, "network_zone": "eu-central"}""";

  static final String PRICE =
      """
      {"location": "fsn1", "price_hourly": {"net": "0.0119", "gross": "0.0142"},
       "price_monthly": {"net": "7.9900", "gross": "9.5081"}, "included_traffic": 21990232555520,
       "price_per_tb_traffic": {"net": "1.0000", "gross": "1.1900"}}""";

  static final String SERVER_TYPE =
      """
      {"id": 104, "name": "cpx22", "description": "CPX22", "cores": 2, "memory": 4.0, "disk": 80,
       "deprecated": false, "prices": [%s], "storage_type": "local", "cpu_type": "shared",
       "category": "Regular Performance", "architecture": "x86", "deprecation": null,
       "locations": [{"id": 1, "name": "fsn1", "deprecation": null, "available": true, "recommended": true}]}"""
          .formatted(PRICE);

  static final String IMAGE =
      """
      {"id": 161547269, "type": "system", "status": "available", "name": "ubuntu-24.04", "description": "Ubuntu 24.04",
       "image_size": null, "disk_size": 5, "created": "2024-04-25T10:00:00Z", "created_from": null, "bound_to": null,
       "os_flavor": "ubuntu", "os_version": "24.04", "rapid_deploy": true, "protection": {"delete": false},
       "deprecated": null, "deleted": null, "labels": {}, "architecture": "x86"}""";

  static String server(long id, String name) {
    return """
        {"id": %d, "name": "%s", "status": "running", "created": "2026-03-01T10:00:00Z",
         "public_net": {"ipv4": {"id": 50000001, "ip": "203.0.113.7", "blocked": false,
                                 "dns_ptr": "static.7.113.0.203.clients.your-server.de"},
                        "ipv6": {"id": 50000002, "ip": "2001:db8:7::/64", "blocked": false, "dns_ptr": []},
                        "floating_ips": [], "firewalls": []},
         "private_net": [], "server_type": %s, "location": %s, "image": %s, "iso": null,
         "rescue_enabled": false, "locked": false, "backup_window": null, "outgoing_traffic": 0,
         "ingoing_traffic": 0, "included_traffic": 21990232555520, "protection": {"delete": false, "rebuild": false},
         "labels": {"env": "prod"}, "volumes": [], "load_balancers": [], "primary_disk_size": 80,
         "placement_group": null}"""
        .formatted(id, name, SERVER_TYPE, LOCATION, IMAGE);
  }

  static String sshKey(long id, String name) {
    return """
        {"id": %d, "name": "%s", "fingerprint": "b7:2f:30:a0:2f:6c:58:6c:21:04:58:61:ba:06:3b:2f",
         "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk1V8D0b5qHh4mJHnJjXYQw8GZ8cT4z2C1d6JmQ7hvK me@laptop",
         "labels": {"env": "prod"}, "created": "2026-03-01T10:00:00Z"}"""
        .formatted(id, name);
  }

  static String volume(long id, String name) {
    return """
        {"id": %d, "created": "2026-03-01T10:00:00Z", "name": "%s", "server": null, "location": %s, "size": 50,
         "linux_device": "/dev/disk/by-id/scsi-0HC_Volume_%d", "protection": {"delete": false},
         "labels": {"env": "prod"}, "status": "available", "format": "ext4"}"""
        .formatted(id, name, LOCATION, id);
  }

  static String network(long id, String name) {
    return """
        {"id": %d, "name": "%s", "ip_range": "10.0.0.0/16",
         "subnets": [{"type": "cloud", "ip_range": "10.0.1.0/24", "network_zone": "eu-central", "gateway": "10.0.0.1"}],
         "routes": [{"destination": "10.100.1.0/24", "gateway": "10.0.1.1"}], "servers": [42], "load_balancers": [],
         "protection": {"delete": false}, "labels": {"env": "prod"}, "created": "2026-03-01T10:00:00Z",
         "expose_routes_to_vswitch": false}"""
        .formatted(id, name);
  }

  static String firewall(long id, String name) {
    return """
        {"id": %d, "name": "%s", "labels": {"env": "prod"}, "created": "2026-03-01T10:00:00Z",
         "rules": [{"description": "ssh", "direction": "in", "source_ips": ["0.0.0.0/0", "::/0"],
                    "destination_ips": [], "protocol": "tcp", "port": "22"}],
         "applied_to": [{"type": "server", "server": {"id": 42}}]}"""
        .formatted(id, name);
  }

  static final String LOAD_BALANCER_TYPE =
      """
      {"id": 1, "name": "lb11", "description": "LB11", "max_connections": 20000, "max_services": 5,
       "max_targets": 25, "max_assigned_certificates": 10, "deprecated": null, "deprecation": null,
       "prices": [%s]}"""
          .formatted(PRICE);

  static String loadBalancer(long id, String name) {
    return """
        {"id": %d, "name": "%s",
         "public_net": {"enabled": true, "ipv4": {"ip": "203.0.113.20", "dns_ptr": "lb.example.com"},
                        "ipv6": {"ip": "2001:db8:20::1", "dns_ptr": "lb.example.com"}},
         "private_net": [], "location": %s, "load_balancer_type": %s, "protection": {"delete": false},
         "labels": {"env": "prod"}, "created": "2026-03-01T10:00:00Z",
         "services": [{"protocol": "http", "listen_port": 80, "destination_port": 80, "proxyprotocol": false,
                       "health_check": {"protocol": "http", "port": 80, "interval": 15, "timeout": 10, "retries": 3,
                                        "http": {"domain": null, "path": "/", "response": null,
                                                 "status_codes": ["2??", "3??"], "tls": false}},
                       "http": {"cookie_name": "HCLBSTICKY", "cookie_lifetime": 300, "timeout_idle": 50,
                                "sticky_sessions": false, "certificates": [], "redirect_http": false}}],
         "targets": [{"type": "server", "server": {"id": 42}, "use_private_ip": false,
                      "health_status": [{"listen_port": 80, "status": "healthy"}]}],
         "algorithm": {"type": "round_robin"}, "outgoing_traffic": 0, "ingoing_traffic": 0,
         "included_traffic": 21990232555520}"""
        .formatted(id, name, LOCATION, LOAD_BALANCER_TYPE);
  }

  static String floatingIp(long id, String name) {
    return """
        {"id": %d, "name": "%s", "description": "web front", "ip": "203.0.113.30", "type": "ipv4", "server": 42,
         "dns_ptr": [{"ip": "203.0.113.30", "dns_ptr": "static.30.113.0.203.clients.your-server.de"}],
         "home_location": %s, "blocked": false, "protection": {"delete": false}, "labels": {"env": "prod"},
         "created": "2026-03-01T10:00:00Z"}"""
        .formatted(id, name, LOCATION);
  }

  static String primaryIp(long id, String name) {
    return """
        {"id": %d, "name": "%s", "labels": {"env": "prod"}, "created": "2026-03-01T10:00:00Z", "blocked": false,
         "location": %s, "ip": "203.0.113.40",
         "dns_ptr": [{"ip": "203.0.113.40", "dns_ptr": "static.40.113.0.203.clients.your-server.de"}],
         "protection": {"delete": false}, "type": "ipv4", "auto_delete": true, "assignee_type": "server",
         "assignee_id": 42}"""
        .formatted(id, name, LOCATION);
  }

  static String certificate(long id, String name) {
    return """
        {"id": %d, "name": "%s", "labels": {"env": "prod"}, "type": "managed", "certificate": null,
         "created": "2026-03-01T10:00:00Z", "not_valid_before": "2026-03-01T10:00:00Z",
         "not_valid_after": "2026-05-30T10:00:00Z", "domain_names": ["example.com", "www.example.com"],
         "fingerprint": "03:c7:55:9b:2a:d1:04:17:09:f6:98:7c:dd:c1:1e:7c",
         "status": {"issuance": "completed", "renewal": "unavailable", "error": null},
         "used_by": [{"id": 60, "type": "load_balancer"}]}"""
        .formatted(id, name);
  }

  static String placementGroup(long id, String name) {
    return """
        {"id": %d, "name": "%s", "labels": {"env": "prod"}, "type": "spread", "created": "2026-03-01T10:00:00Z",
         "servers": [42]}"""
        .formatted(id, name);
  }

  static final String ISO =
      """
      {"id": 550, "name": "virtio-win-0.1.248.iso", "description": "virtio 0.1.248", "type": "public",
       "deprecation": null, "architecture": "x86"}""";

  static final String DATACENTER =
      """
      {"id": 2, "name": "fsn1-dc14", "description": "Falkenstein 1 virtual DC 14", "location": %s,
       "server_types": {"supported": [104], "available": [104], "available_for_migration": [104]}}"""
          .formatted(LOCATION);

  static final String PRICING =
      """
      {"currency": "EUR", "vat_rate": "19.00",
       "image": {"price_per_gb_month": {"net": "0.0110", "gross": "0.0131"}},
       "volume": {"price_per_gb_month": {"net": "0.0440", "gross": "0.0524"}},
       "server_backup": {"percentage": "20.00"},
       "primary_ips": [{"type": "ipv4", "prices": [{"location": "fsn1", "price_hourly": {"net": "0.0008", "gross": "0.0010"},
                                                    "price_monthly": {"net": "0.5000", "gross": "0.5950"}}]}],
       "floating_ips": [{"type": "ipv4", "prices": [{"location": "fsn1", "price_monthly": {"net": "3.0000", "gross": "3.5700"}}]}],
       "floating_ip": {"price_monthly": {"net": "3.0000", "gross": "3.5700"}},
       "server_types": [{"id": 104, "name": "cpx22", "prices": [%1$s]}],
       "load_balancer_types": [{"id": 1, "name": "lb11", "prices": [%1$s]}]}"""
          .formatted(PRICE);

  /** A finished action. */
  static String action(long id, String command) {
    return """
        {"id": %d, "command": "%s", "status": "success", "progress": 100, "started": "2026-03-01T10:00:00Z",
         "finished": "2026-03-01T10:00:01Z", "resources": [{"id": 42, "type": "server"}], "error": null}"""
        .formatted(id, command);
  }

  /** A list response of one page. */
  static String page(String key, String... items) {
    return "{\""
        + key
        + "\": ["
        + String.join(",", items)
        + "], \"meta\": {\"pagination\": {\"page\": 1, "
        + "\"per_page\": 50, \"previous_page\": null, \"next_page\": null, \"last_page\": 1, \"total_entries\": "
        + items.length
        + "}}}";
  }

  /** A one-resource envelope: {@code {"server": {...}}}. */
  static String one(String key, String item) {
    return "{\"" + key + "\": " + item + "}";
  }
}
