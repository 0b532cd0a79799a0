package dev.hzone.cli.zone;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.Zone;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.ResourceView;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.dns.Names;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How zones are shown: the hcloud CLI's columns, the API's zone object for {@code -o json}, and a
 * describe layout. TSIG keys of secondary zones are masked everywhere unless {@link Secrets#SHOW}
 * was asked for.
 */
final class ZoneView implements ResourceView<Zone> {
  /** The mask that stands in for a TSIG key. */
  static final String MASK = "REDACTED";

  /** Whether secrets are printed. */
  enum Secrets {
    MASK,
    SHOW
  }

  private final Clock clock;
  private final Secrets secrets;
  private final TableLayout<Zone> table;

  ZoneView(Clock clock, Secrets secrets) {
    this.clock = clock;
    this.secrets = secrets;
    this.table =
        TableLayout.<Zone>builder()
            .column(Column.ofLong("id", Zone::id))
            .column(Column.of("name", z -> Names.toUnicode(z.name())))
            .column(Column.of("name_idna", Zone::name))
            .column(Column.of("status", z -> z.status().apiValue()))
            .column(Column.of("mode", z -> z.mode().apiValue()))
            .column(Column.ofLong("ttl", Zone::ttl))
            .column(Column.ofLong("record_count", Zone::recordCount))
            .column(
                new Column<>(
                    "age",
                    z -> Humanize.age(z.created(), clock.instant()),
                    Comparator.comparing(Zone::created).reversed()))
            .column(
                new Column<>(
                    "created",
                    z -> Humanize.datetime(z.created(), clock.getZone()),
                    Comparator.comparing(Zone::created)))
            .column(Column.of("labels", z -> Humanize.labels(z.labels())))
            .column(Column.of("protection", z -> z.deleteProtected() ? "delete" : ""))
            .column(Column.of("registrar", z -> z.registrar().apiValue()))
            .column(
                Column.of(
                    "authoritative_nameservers",
                    z -> String.join(", ", z.authoritativeNameservers().assigned())))
            .column(
                Column.of(
                    "delegation_status",
                    z ->
                        z.authoritativeNameservers()
                            .delegationStatus()
                            .map(Zone.DelegationStatus::apiValue)
                            .orElse("-")))
            .column(Column.of("primary_nameservers", z -> primaries(z.primaryNameservers())))
            .defaults("id", "name", "status", "mode", "record_count", "age")
            .build();
  }

  @Override
  public TableLayout<Zone> table() {
    return table;
  }

  /** The zone object exactly as {@code GET /zones/{id}} has it, TSIG keys masked unless shown. */
  @Override
  public JsonElement toJson(Zone z) {
    JsonObject o = new JsonObject();
    o.addProperty("id", z.id());
    o.addProperty("name", z.name());
    o.addProperty("mode", z.mode().apiValue());
    o.addProperty("ttl", z.ttl());
    o.add("labels", labels(z.labels()));
    JsonObject protection = new JsonObject();
    protection.addProperty("delete", z.deleteProtected());
    o.add("protection", protection);
    o.addProperty("status", z.status().apiValue());
    o.addProperty("record_count", z.recordCount());
    o.addProperty("created", z.created().toString());
    o.addProperty("registrar", z.registrar().apiValue());
    Zone.AuthoritativeNameservers ns = z.authoritativeNameservers();
    JsonObject auth = new JsonObject();
    auth.add("assigned", strings(ns.assigned()));
    auth.add("delegated", strings(ns.delegated()));
    auth.addProperty(
        "delegation_last_check", ns.delegationLastCheck().map(Instant::toString).orElse(null));
    ns.delegationStatus().ifPresent(s -> auth.addProperty("delegation_status", s.apiValue()));
    o.add("authoritative_nameservers", auth);
    JsonArray primaries = new JsonArray();
    for (PrimaryNameserver p : z.primaryNameservers()) {
      JsonObject po = new JsonObject();
      po.addProperty("address", p.address());
      po.addProperty("port", p.port());
      p.tsigAlgorithm().ifPresent(a -> po.addProperty("tsig_algorithm", a.text()));
      p.tsigKey().ifPresent(k -> po.addProperty("tsig_key", secrets == Secrets.SHOW ? k : MASK));
      primaries.add(po);
    }
    o.add("primary_nameservers", primaries);
    return o;
  }

  @Override
  public void describe(Zone z, DescribeWriter d) {
    String unicode = Names.toUnicode(z.name());
    d.field("ID", Long.toString(z.id()))
        .field("Name", unicode.equals(z.name()) ? z.name() : unicode + " (IDNA: " + z.name() + ")")
        .field("Created", Humanize.datetimeWithAge(z.created(), clock.instant(), clock.getZone()))
        .field("Mode", z.mode().apiValue())
        .field("Status", z.status().apiValue())
        .field("TTL", Integer.toString(z.ttl()))
        .field("Registrar", z.registrar().apiValue())
        .field("Record Count", Integer.toString(z.recordCount()));
    d.section("Protection", s -> s.field("Delete", Humanize.yesNo(z.deleteProtected())));
    d.labels(z.labels());
    d.blank();
    Zone.AuthoritativeNameservers ns = z.authoritativeNameservers();
    d.section(
        "Authoritative Nameservers",
        s -> {
          s.list("Assigned", ns.assigned(), "No assigned nameservers");
          s.list("Delegated", ns.delegated(), "No delegated nameservers");
          s.field(
              "Delegation last check",
              ns.delegationLastCheck()
                  .map(t -> Humanize.datetimeWithAge(t, clock.instant(), clock.getZone()))
                  .orElse("never"));
          s.field(
              "Delegation status",
              ns.delegationStatus().map(Zone.DelegationStatus::apiValue).orElse("-"));
        });
    if (!z.primaryNameservers().isEmpty()) {
      d.section(
          "Primary Nameservers",
          s -> {
            for (PrimaryNameserver p : z.primaryNameservers()) {
              s.item(
                  i -> {
                    i.field("Address", p.address()).field("Port", Integer.toString(p.port()));
                    p.tsigAlgorithm().ifPresent(a -> i.field("TSIG Algorithm", a.text()));
                    p.tsigKey()
                        .ifPresent(k -> i.field("TSIG Key", secrets == Secrets.SHOW ? k : MASK));
                  });
            }
          });
    }
  }

  /** {@code 198.51.100.7:53, [2001:db8::7]:53}, as the hcloud CLI shows them. */
  static String primaries(List<PrimaryNameserver> list) {
    StringJoiner j = new StringJoiner(", ");
    for (PrimaryNameserver p : list) {
      j.add((p.address().contains(":") ? "[" + p.address() + "]" : p.address()) + ":" + p.port());
    }
    return j.toString();
  }

  static JsonObject labels(Map<String, String> labels) {
    JsonObject o = new JsonObject();
    new java.util.TreeMap<>(labels).forEach(o::addProperty);
    return o;
  }

  static JsonArray strings(List<String> l) {
    JsonArray a = new JsonArray();
    l.forEach(a::add);
    return a;
  }
}
