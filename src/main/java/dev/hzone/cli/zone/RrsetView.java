package dev.hzone.cli.zone;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.ResourceView;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import java.util.Comparator;
import java.util.StringJoiner;

/**
 * How RRSets are shown: the hcloud CLI's columns (records one per line), the API's RRSet object for
 * {@code -o json}, and a describe layout.
 */
final class RrsetView implements ResourceView<RrsetView.Row> {

  /**
   * An RRSet with the zone it belongs to.
   *
   * @param zoneId the zone's id (the API object's {@code zone})
   * @param zoneTtl the zone's default TTL, shown for RRSets that inherit it
   * @param rrset the RRSet, of a type hzone knows or not (then shown as the API gave it)
   */
  record Row(long zoneId, int zoneTtl, AnyRrset rrset) {}

  private static final TableLayout<Row> TABLE =
      TableLayout.<Row>builder()
          .column(Column.of("id", r -> r.rrset().id()))
          .column(
              new Column<>(
                  "name", r -> r.rrset().name(), (a, b) -> AnyRrset.compare(a.rrset(), b.rrset())))
          .column(
              new Column<>(
                  "type",
                  r -> r.rrset().typeName(),
                  Comparator.comparing((Row r) -> r.rrset().typeName())))
          .column(
              new Column<>(
                  "ttl",
                  r ->
                      r.rrset().ttl().isPresent()
                          ? Integer.toString(r.rrset().ttl().getAsInt())
                          : "-",
                  Comparator.comparingInt(r -> r.rrset().effectiveTtl(r.zoneTtl()))))
          .column(Column.ofLong("effective_ttl", r -> r.rrset().effectiveTtl(r.zoneTtl())))
          .column(Column.of("records", r -> String.join("\n", r.rrset().values())))
          .column(Column.of("comments", RrsetView::comments))
          .column(Column.ofLong("record_count", r -> r.rrset().records().size()))
          .column(Column.of("labels", r -> Humanize.labels(r.rrset().labels())))
          .column(Column.of("protection", r -> r.rrset().changeProtected() ? "change" : ""))
          .defaults("name", "type", "ttl", "records")
          .build();

  @Override
  public TableLayout<Row> table() {
    return TABLE;
  }

  @Override
  public JsonElement toJson(Row r) {
    AnyRrset s = r.rrset();
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("name", s.name());
    o.addProperty("type", s.typeName());
    if (s.ttl().isPresent()) {
      o.addProperty("ttl", s.ttl().getAsInt());
    } else {
      o.add("ttl", null);
    }
    o.add("labels", ZoneView.labels(s.labels()));
    JsonObject protection = new JsonObject();
    protection.addProperty("change", s.changeProtected());
    o.add("protection", protection);
    JsonArray records = new JsonArray();
    for (RecordValue v : s.records()) {
      JsonObject ro = new JsonObject();
      ro.addProperty("value", v.value());
      ro.addProperty("comment", v.comment());
      records.add(ro);
    }
    o.add("records", records);
    o.addProperty("zone", r.zoneId());
    return o;
  }

  @Override
  public void describe(Row r, DescribeWriter d) {
    AnyRrset s = r.rrset();
    d.field("ID", s.id())
        .field("Name", s.name())
        .field("Type", s.typeName())
        .field(
            "TTL",
            s.ttl().isPresent()
                ? Integer.toString(s.ttl().getAsInt())
                : r.zoneTtl() + " (the zone's default)");
    d.section("Protection", p -> p.field("Change", Humanize.yesNo(s.changeProtected())));
    d.labels(s.labels());
    d.section(
        "Records",
        rec -> {
          for (RecordValue v : s.records()) {
            rec.bullet(v.value() + (v.hasComment() ? "    ; " + v.comment() : ""));
          }
        });
  }

  /** The API's RRSet id, {@code NAME/TYPE}. */
  static String id(RrsetKey key) {
    return key.name() + "/" + key.type().name();
  }

  private static String comments(Row r) {
    StringJoiner j = new StringJoiner("\n");
    r.rrset().records().forEach(v -> j.add(v.comment()));
    return j.toString();
  }
}
