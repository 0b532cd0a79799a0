package dev.hzone.emulator.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FloatingIpEntry;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.PrimaryIpEntry;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ties servers to the network edge: the primary IPs a server is created with, its {@code
 * public_net} (the primary IPs assigned to it, its floating IPs), the load balancers that target
 * it, and what happens to all of them when it is deleted (primary IPs with {@code auto_delete} go,
 * others are unassigned; floating IPs are unassigned; load balancer targets on it are removed), as
 * the API documents for server deletion.
 */
public final class ServerAddresses {
  private ServerAddresses() {}

  /** The IPv4 primary IP a new server gets, with {@code id} from the primary IP counter. */
  static ServerEntry.PrimaryIp newIpv4(long id) {
    return new ServerEntry.PrimaryIp(id, IpPool.primaryIpv4(id));
  }

  /** The IPv6 /64 primary IP the new server {@code serverId} gets. */
  static ServerEntry.PrimaryIp newIpv6(long id, long serverId) {
    return new ServerEntry.PrimaryIp(id, IpPool.serverIpv6(serverId));
  }

  /** Stores the primary IPs of the new server {@code s}, assigned to it and deleted with it. */
  public static void createFor(Transaction tx, ServerEntry s) {
    for (ServerEntry.PrimaryIp ip : List.of(s.ipv4(), s.ipv6())) {
      if (tx.find(CloudKinds.PRIMARY_IPS, ip.id()).isPresent()) {
        tx.put(
            CloudKinds.PRIMARY_IPS,
            tx.find(CloudKinds.PRIMARY_IPS, ip.id()).get().withAssignee(Optional.of(s.id())));
        continue;
      }
      tx.put(
          CloudKinds.PRIMARY_IPS,
          new PrimaryIpEntry(
              ip.id(),
              "primary_ip-" + ip.id(),
              ip.ip().contains(":") ? "ipv6" : "ipv4",
              ip.ip(),
              s.location(),
              Optional.of(s.id()),
              true,
              Map.of(),
              false,
              Map.of(),
              tx.now()));
    }
  }

  /** Releases what server {@code id} held, as its deletion does. */
  public static void release(Transaction tx, long id) {
    for (PrimaryIpEntry p : tx.all(CloudKinds.PRIMARY_IPS)) {
      if (p.assignee().equals(Optional.of(id))) {
        if (p.autoDelete()) {
          tx.remove(CloudKinds.PRIMARY_IPS, p.id());
        } else {
          tx.put(CloudKinds.PRIMARY_IPS, p.withAssignee(Optional.empty()));
        }
      }
    }
    for (FloatingIpEntry f : tx.all(CloudKinds.FLOATING_IPS)) {
      if (f.server().equals(Optional.of(id))) {
        tx.put(CloudKinds.FLOATING_IPS, f.withServer(Optional.empty()));
      }
    }
    for (LoadBalancerEntry lb : tx.all(CloudKinds.LOAD_BALANCERS)) {
      List<LoadBalancerEntry.Target> kept =
          lb.targets().stream().filter(t -> !t.server().equals(Optional.of(id))).toList();
      if (kept.size() != lb.targets().size()) {
        tx.put(CloudKinds.LOAD_BALANCERS, lb.toBuilder().targets(kept).build());
      }
    }
  }

  /**
   * A server's {@code change_dns_ptr}: the name is set on the primary IP of the server that holds
   * the address, the one home of reverse DNS for a server's addresses.
   *
   * @return the change to make when the action succeeds
   * @throws ApiError {@code invalid_input} when the address is not the server's
   */
  static Runnable changeDnsPtr(Transaction tx, ServerEntry s, Body b) {
    String text = b.requireString("ip");
    String ip =
        IpPool.canonical(text)
            .orElseThrow(() -> ApiError.invalidInput("ip", "'" + text + "' is not an IP address"));
    for (String type : List.of("ipv4", "ipv6")) {
      Optional<PrimaryIpEntry> p = primaryIp(tx, s.id(), type);
      if (p.isPresent() && IpPool.within(ip, p.get().ip())) {
        PrimaryIpEntry changed =
            p.get().withDnsPtr(ReverseDns.change(p.get().dnsPtr(), List.of(p.get().ip()), b));
        return () -> tx.put(CloudKinds.PRIMARY_IPS, changed);
      }
    }
    throw ApiError.invalidInput("ip", text + " is not an address of server " + s.id());
  }

  /** The primary IP of {@code type} assigned to server {@code id}, if any. */
  static Optional<PrimaryIpEntry> primaryIp(StateView v, long id, String type) {
    for (PrimaryIpEntry p : v.all(CloudKinds.PRIMARY_IPS)) {
      if (p.assignee().equals(Optional.of(id)) && p.type().equals(type)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The server's {@code public_net}, its addresses looked up in {@code index}. */
  static JsonObject publicNet(ServerIndex index, ServerEntry s) {
    JsonObject publicNet = new JsonObject();
    publicNet.add(
        "ipv4",
        index
            .primaryIp(s.id(), "ipv4")
            .<JsonElement>map(
                p -> {
                  JsonObject o = new JsonObject();
                  o.addProperty("id", p.id());
                  o.addProperty("ip", p.ip());
                  o.addProperty("blocked", false);
                  o.addProperty("dns_ptr", ReverseDns.effective(p.ip(), p.dnsPtr()).get(p.ip()));
                  return o;
                })
            .orElse(JsonNull.INSTANCE));
    publicNet.add(
        "ipv6",
        index
            .primaryIp(s.id(), "ipv6")
            .<JsonElement>map(
                p -> {
                  JsonObject o = new JsonObject();
                  o.addProperty("id", p.id());
                  o.addProperty("ip", p.ip());
                  o.addProperty("blocked", false);
                  o.add("dns_ptr", IpViews.dnsPtrArray(p.ip(), p.dnsPtr()));
                  return o;
                })
            .orElse(JsonNull.INSTANCE));
    publicNet.add("floating_ips", Json.longs(index.floatingIps(s.id())));
    publicNet.add("firewalls", new JsonArray());
    return publicNet;
  }

  /** The servers a label selector target matches, by ID. */
  static List<ServerEntry> matching(StateView v, String selector) {
    LabelSelector sel = LabelSelector.parse(selector);
    List<ServerEntry> out = new ArrayList<>();
    for (ServerEntry s : v.servers()) {
      if (sel.test(s.labels())) {
        out.add(s);
      }
    }
    return out;
  }
}
