package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A firewall: its rules and what it is applied to. Servers matched by a label selector are not
 * stored: they are found when the firewall is read, so {@code applied_to} follows servers as they
 * come, go and change labels.
 *
 * @param id firewall ID
 * @param name unique name
 * @param rules its rules
 * @param appliedTo servers and label selectors, in the order applied
 * @param labels user labels
 * @param created creation time
 */
public record FirewallEntry(
    long id,
    String name,
    List<Rule> rules,
    List<Target> appliedTo,
    Map<String, String> labels,
    Instant created) {

  /**
   * A rule.
   *
   * @param description free text, or null
   * @param direction {@code in} or {@code out}
   * @param sourceIps CIDRs (direction {@code in})
   * @param destinationIps CIDRs (direction {@code out})
   * @param protocol {@code tcp}, {@code udp}, {@code icmp}, {@code esp}, {@code gre}
   * @param port a port or range for tcp/udp, else null
   */
  public record Rule(
      String description,
      String direction,
      List<String> sourceIps,
      List<String> destinationIps,
      String protocol,
      String port) {
    public Rule {
      Objects.requireNonNull(direction, "direction");
      sourceIps = List.copyOf(sourceIps);
      destinationIps = List.copyOf(destinationIps);
      Objects.requireNonNull(protocol, "protocol");
    }
  }

  /**
   * What a firewall is applied to: a server, or the servers a label selector matches.
   *
   * @param server the server ID, or null
   * @param labelSelector the selector, or null
   */
  public record Target(Long server, String labelSelector) {
    public Target {
      if ((server == null) == (labelSelector == null)) {
        throw new IllegalArgumentException("a firewall target is a server or a label selector");
      }
    }

    public String type() {
      return server != null ? "server" : "label_selector";
    }
  }

  public FirewallEntry {
    Objects.requireNonNull(name, "name");
    rules = List.copyOf(rules);
    appliedTo = List.copyOf(appliedTo);
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public FirewallEntry withRules(List<Rule> r) {
    return new FirewallEntry(id, name, r, appliedTo, labels, created);
  }

  public FirewallEntry withAppliedTo(List<Target> t) {
    return new FirewallEntry(id, name, rules, t, labels, created);
  }

  public FirewallEntry withNameAndLabels(String newName, Map<String, String> newLabels) {
    return new FirewallEntry(id, newName, rules, appliedTo, newLabels, created);
  }
}
