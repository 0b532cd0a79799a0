package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudFixtures.action;
import static dev.hzone.cli.cloud.CloudFixtures.one;
import static dev.hzone.cli.cloud.CloudRequestsTest.c;
import static dev.hzone.cli.cloud.CloudRequestsTest.get;
import static dev.hzone.cli.cloud.CloudRequestsTest.list;
import static dev.hzone.cli.cloud.CloudRequestsTest.lookup;

import dev.hzone.cli.cloud.CloudRequestsTest.Case;
import java.util.List;

/** The requests of the read-only kinds, actions and pricing. */
final class CatalogueCases {
  private CatalogueCases() {}

  static List<Case> all() {
    return List.of(
        c("location list", "Falkenstein", list("locations", "", CloudFixtures.LOCATION)),
        c(
            "location describe fsn1",
            "eu-central",
            lookup("locations", "fsn1", CloudFixtures.LOCATION)),
        c("datacenter list", "fsn1-dc14", list("datacenters", "", CloudFixtures.DATACENTER)),
        c(
            "datacenter describe fsn1-dc14",
            "Falkenstein 1 virtual DC 14",
            lookup("datacenters", "fsn1-dc14", CloudFixtures.DATACENTER)),
        c("server-type list", "cpx22", list("server_types", "", CloudFixtures.SERVER_TYPE)),
        c(
            "server-type describe 104",
            "9.5081",
            get("/server_types/104", one("server_type", CloudFixtures.SERVER_TYPE))),
        c(
            "load-balancer-type list",
            "lb11",
            list("load_balancer_types", "", CloudFixtures.LOAD_BALANCER_TYPE)),
        c(
            "load-balancer-type describe lb11",
            "Max Connections",
            lookup("load_balancer_types", "lb11", CloudFixtures.LOAD_BALANCER_TYPE)),
        c(
            "iso list --architecture x86",
            "virtio",
            list("isos", "architecture=x86&include_architecture_wildcard=true", CloudFixtures.ISO)),
        c(
            "iso describe virtio-win-0.1.248.iso",
            "virtio 0.1.248",
            lookup("isos", "virtio-win-0.1.248.iso", CloudFixtures.ISO)),
        c(
            "action describe 31",
            "poweron_server",
            get("/actions/31", one("action", action(31, "poweron_server")))),
        c(
            "action list 31 32",
            "create_server",
            get(
                "/actions?id=31&id=32",
                "{\"actions\": ["
                    + action(31, "create_server")
                    + ", "
                    + action(32, "start_server")
                    + "]}")),
        c(
            "action list --resource server --status running -o json",
            "\"command\": \"create_server\"",
            get(
                "/servers/actions?status=running&page=1&per_page=50",
                CloudFixtures.page("actions", action(31, "create_server")))),
        c(
            "action wait 31",
            "Action 31 done",
            get("/actions?id=31", "{\"actions\": [" + action(31, "create_server") + "]}")),
        c("pricing", "cpx22", get("/pricing", one("pricing", CloudFixtures.PRICING))),
        c(
            "pricing -o json",
            "\"vat_rate\": \"19.00\"",
            get("/pricing", one("pricing", CloudFixtures.PRICING))));
  }
}
