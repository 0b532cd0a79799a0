package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Firewall;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;

/** How firewalls are shown. */
final class FirewallView extends CloudView<Firewall> {
  FirewallView(Clock clock) {
    super(clock);
  }

  @Override
  protected TableLayout<Firewall> layout() {
    return TableLayout.<Firewall>builder()
        .column(Column.ofLong("id", Firewall::id))
        .column(Column.of("name", Firewall::name))
        .column(Column.ofLong("rules_count", f -> f.rules().size()))
        .column(Column.ofLong("applied_to_count", f -> f.appliedTo().size()))
        .column(labels(Firewall::labels))
        .column(age(Firewall::created))
        .column(created(Firewall::created))
        .defaults("id", "name", "rules_count", "applied_to_count")
        .build();
  }

  @Override
  public void describe(Firewall f, DescribeWriter d) {
    d.field("ID", Long.toString(f.id()))
        .field("Name", f.name())
        .field("Created", when(f.created()));
    d.labels(f.labels());
    d.section(
        "Rules",
        s -> {
          if (f.rules().isEmpty()) {
            s.text("No rules");
          }
          for (Firewall.Rule r : f.rules()) {
            s.item(
                i -> {
                  i.field("Direction", r.direction().apiValue());
                  r.description().ifPresent(desc -> i.field("Description", desc));
                  i.field("Protocol", r.protocol().apiValue());
                  r.port().ifPresent(p -> i.field("Port", p));
                  if (!r.sourceIps().isEmpty()) {
                    i.list("Source IPs", r.sourceIps(), "");
                  }
                  if (!r.destinationIps().isEmpty()) {
                    i.list("Destination IPs", r.destinationIps(), "");
                  }
                });
          }
        });
    d.section(
        "Applied To",
        s -> {
          if (f.appliedTo().isEmpty()) {
            s.text("Not applied");
          }
          for (Firewall.AppliedTo a : f.appliedTo()) {
            s.item(
                i -> {
                  i.field("Type", a.type().apiValue());
                  a.server().ifPresent(srv -> i.field("Server ID", Long.toString(srv.id())));
                  a.labelSelector().ifPresent(l -> i.field("Label Selector", l.selector()));
                  if (!a.appliedToResources().isEmpty()) {
                    i.list(
                        "Resources",
                        a.appliedToResources().stream()
                            .map(r -> r.server().map(srv -> "Server ID " + srv.id()).orElse("-"))
                            .toList(),
                        "");
                  }
                });
          }
        });
  }
}
