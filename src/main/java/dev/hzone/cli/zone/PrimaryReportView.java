package dev.hzone.cli.zone;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.ResourceView;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.migrate.PrimaryReport;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@code zone check-primaries}: one row per primary nameserver, never a TSIG secret (only the key's
 * name).
 */
final class PrimaryReportView implements ResourceView<PrimaryReport> {
  private static final TableLayout<PrimaryReport> TABLE =
      TableLayout.<PrimaryReport>builder()
          .column(Column.of("primary", r -> r.server().toString()))
          .column(Column.of("reachable", r -> Humanize.yesNo(r.reachable())))
          .column(
              new Column<>(
                  "serial",
                  r -> text(r.serial()),
                  java.util.Comparator.comparingLong(r -> r.serial().orElse(-1))))
          .column(Column.of("tsig", r -> r.keyName().isEmpty() ? "none" : r.tsig().text()))
          .column(
              new Column<>(
                  "records",
                  r -> text(r.recordCount()),
                  java.util.Comparator.comparingInt(r -> r.recordCount().orElse(-1))))
          .column(Column.of("udp", r -> soa(r.udp())))
          .column(Column.of("tcp", r -> soa(r.tcp())))
          .column(
              Column.of(
                  "axfr",
                  r ->
                      r.transfer()
                          .outcome()
                          .name()
                          .toLowerCase(java.util.Locale.ROOT)
                          .replace('_', ' ')))
          .column(Column.of("key", r -> Humanize.orDash(r.keyName())))
          .column(Column.of("healthy", r -> Humanize.yesNo(r.healthy())))
          .column(Column.of("detail", PrimaryReportView::detail))
          .defaults(
              "primary", "reachable", "serial", "tsig", "records", "udp", "tcp", "axfr", "detail")
          .build();

  @Override
  public TableLayout<PrimaryReport> table() {
    return TABLE;
  }

  @Override
  public JsonElement toJson(PrimaryReport r) {
    JsonObject o = new JsonObject();
    o.addProperty("address", r.server().host());
    o.addProperty("port", r.server().port());
    o.addProperty("zone", r.zone());
    o.addProperty("reachable", r.reachable());
    o.addProperty("healthy", r.healthy());
    addLong(o, "serial", r.serial());
    o.addProperty("tsig_key_name", r.keyName().isEmpty() ? null : r.keyName());
    o.addProperty("tsig", r.tsig().name().toLowerCase(java.util.Locale.ROOT));
    o.add("udp", soaJson(r.udp()));
    o.add("tcp", soaJson(r.tcp()));
    JsonObject t = new JsonObject();
    t.addProperty("outcome", r.transfer().outcome().name().toLowerCase(java.util.Locale.ROOT));
    if (r.transfer().recordCount().isPresent()) {
      t.addProperty("record_count", r.transfer().recordCount().getAsInt());
    } else {
      t.add("record_count", null);
    }
    addLong(t, "serial", r.transfer().serial());
    t.addProperty("detail", r.transfer().detail());
    o.add("axfr", t);
    return o;
  }

  @Override
  public void describe(PrimaryReport r, DescribeWriter d) {
    d.field("Primary", r.server().toString())
        .field("Reachable", Humanize.yesNo(r.reachable()))
        .field("Serial", text(r.serial()))
        .field("TSIG", r.tsig().text())
        .field("Records", text(r.recordCount()))
        .field("Healthy", Humanize.yesNo(r.healthy()));
  }

  private static JsonObject soaJson(PrimaryReport.SoaCheck c) {
    JsonObject o = new JsonObject();
    o.addProperty("outcome", c.outcome().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("rcode", c.rcode());
    addLong(o, "serial", c.serial());
    o.addProperty("authoritative", c.authoritative());
    o.addProperty("tsig", c.tsig().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("ms", c.millis());
    o.addProperty("detail", c.detail());
    return o;
  }

  private static void addLong(JsonObject o, String key, OptionalLong v) {
    if (v.isPresent()) {
      o.addProperty(key, v.getAsLong());
    } else {
      o.add(key, null);
    }
  }

  /** The SOA check in a word: the serial's presence, else the response code or the failure. */
  private static String soa(PrimaryReport.SoaCheck c) {
    if (!c.answered()) {
      return c.rcode();
    }
    if (c.serial().isEmpty()) {
      return c.rcode().equals("NOERROR") ? "no soa" : c.rcode();
    }
    return c.authoritative() ? "ok" : "ok (not aa)";
  }

  private static String detail(PrimaryReport r) {
    if (!r.transfer().detail().isEmpty()) {
      return r.transfer().detail();
    }
    if (!r.udp().detail().isEmpty()) {
      return r.udp().detail();
    }
    return r.tcp().detail().isEmpty() ? "" : r.tcp().detail();
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "-";
  }

  private static String text(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "-";
  }
}
