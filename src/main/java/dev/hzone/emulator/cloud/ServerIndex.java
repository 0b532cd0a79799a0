package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FirewallEntry;
import dev.hzone.emulator.state.FloatingIpEntry;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.PrimaryIpEntry;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.VolumeEntry;
import dev.hzone.emulator.web.LabelSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What points at servers (primary IPs, volumes, load balancer targets, firewalls, running actions),
 * gathered in one pass over a state view, with every label selector parsed once. A server's view
 * needs all of these; looking each up by scanning the state cost a page of 50 servers fifty scans
 * of every primary IP, volume, load balancer, firewall and kept action, 3.6 times the time of the
 * same page on an empty emulator with 1,000 servers in state ({@code CloudStateBench}). Built per
 * read, so it is never stale and needs no upkeep in the state store.
 */
final class ServerIndex {
  private record Selected(long id, LabelSelector selector) {}

  private final Map<Long, PrimaryIpEntry> ipv4 = new HashMap<>();
  private final Map<Long, PrimaryIpEntry> ipv6 = new HashMap<>();
  private final Map<Long, List<Long>> volumes = new HashMap<>();
  private final Map<Long, List<Long>> floatingIps = new HashMap<>();
  private final Map<Long, TreeSet<Long>> loadBalancers = new HashMap<>();
  private final List<Selected> loadBalancerSelectors = new ArrayList<>();
  private final Map<Long, TreeSet<Long>> firewalls = new HashMap<>();
  private final List<Selected> firewallSelectors = new ArrayList<>();
  private final Map<Long, List<ActionEntry>> running = new HashMap<>();

  private ServerIndex() {}

  /** The index of {@code v} as it is now. */
  static ServerIndex of(StateView v) {
    ServerIndex x = new ServerIndex();
    for (PrimaryIpEntry p : v.all(CloudKinds.PRIMARY_IPS)) {
      if (p.assignee().isPresent()) {
        // The first by ID wins, as the scan it replaces found it.
        (p.type().equals("ipv4") ? x.ipv4 : x.ipv6).putIfAbsent(p.assignee().get(), p);
      }
    }
    for (VolumeEntry vol : v.all(CloudKinds.VOLUMES)) {
      if (vol.server() != null) {
        x.volumes.computeIfAbsent(vol.server(), k -> new ArrayList<>()).add(vol.id());
      }
    }
    for (FloatingIpEntry f : v.all(CloudKinds.FLOATING_IPS)) {
      f.server()
          .ifPresent(s -> x.floatingIps.computeIfAbsent(s, k -> new ArrayList<>()).add(f.id()));
    }
    for (LoadBalancerEntry lb : v.all(CloudKinds.LOAD_BALANCERS)) {
      for (LoadBalancerEntry.Target t : lb.targets()) {
        t.server()
            .ifPresent(s -> x.loadBalancers.computeIfAbsent(s, k -> new TreeSet<>()).add(lb.id()));
        t.selector()
            .ifPresent(
                sel ->
                    x.loadBalancerSelectors.add(new Selected(lb.id(), LabelSelector.parse(sel))));
      }
    }
    for (FirewallEntry f : v.all(CloudKinds.FIREWALLS)) {
      for (FirewallEntry.Target t : f.appliedTo()) {
        if (t.server() != null) {
          x.firewalls.computeIfAbsent(t.server(), k -> new TreeSet<>()).add(f.id());
        } else {
          x.firewallSelectors.add(new Selected(f.id(), LabelSelector.parse(t.labelSelector())));
        }
      }
    }
    for (ActionEntry a : v.actions()) {
      if (a.isRunning(v.now())) {
        for (ResourceRef r : a.resources()) {
          if (r.type().equals("server")) {
            x.running.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(a);
          }
        }
      }
    }
    return x;
  }

  /** The primary IP of {@code type} ({@code ipv4} or {@code ipv6}) assigned to {@code server}. */
  Optional<PrimaryIpEntry> primaryIp(long server, String type) {
    return Optional.ofNullable((type.equals("ipv4") ? ipv4 : ipv6).get(server));
  }

  /** The IDs of the volumes attached to {@code server}, by ID. */
  List<Long> volumes(long server) {
    return volumes.getOrDefault(server, List.of());
  }

  /** The IDs of the floating IPs assigned to {@code server}, by ID. */
  List<Long> floatingIps(long server) {
    return floatingIps.getOrDefault(server, List.of());
  }

  /**
   * The IDs of the load balancers that target {@code s}, by itself or by a label selector, by ID.
   */
  List<Long> loadBalancers(ServerEntry s) {
    return matching(s, loadBalancers, loadBalancerSelectors);
  }

  /** The IDs of the firewalls applied to {@code s}, by itself or by a label selector, by ID. */
  List<Long> firewalls(ServerEntry s) {
    return matching(s, firewalls, firewallSelectors);
  }

  /** The running actions on {@code server}, by ID. */
  List<ActionEntry> running(long server) {
    return running.getOrDefault(server, List.of());
  }

  private static List<Long> matching(
      ServerEntry s, Map<Long, TreeSet<Long>> direct, List<Selected> selectors) {
    TreeSet<Long> out = new TreeSet<>(direct.getOrDefault(s.id(), new TreeSet<>()));
    for (Selected sel : selectors) {
      if (sel.selector().test(s.labels())) {
        out.add(sel.id());
      }
    }
    return List.copyOf(out);
  }
}
