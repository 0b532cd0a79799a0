package dev.hzone.cli.zone;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.migrate.DelegationReport;
import dev.hzone.term.Palette;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code zone check-delegation}'s output: what the parent's nameservers delegate to, the zone's
 * assigned nameservers, and the API's own view ({@code delegation_status}, {@code delegated}) side
 * by side.
 */
final class DelegationView {
  private DelegationView() {}

  /**
   * The check's result together with what the API says.
   *
   * @param report what the parent's nameservers said
   * @param apiStatus the API's {@code delegation_status}, if given
   * @param apiDelegated the API's {@code authoritative_nameservers.delegated}
   * @param apiLastCheck the API's {@code delegation_last_check}, if any
   */
  record Result(
      DelegationReport report,
      Optional<String> apiStatus,
      List<String> apiDelegated,
      Optional<Instant> apiLastCheck) {}

  static void print(Printer printer, Invocation inv, Result r) {
    printer.value(json(r), () -> inv.out().print(human(r, printer.clock(), inv.palette())));
  }

  static JsonObject json(Result r) {
    DelegationReport d = r.report();
    JsonObject o = new JsonObject();
    o.addProperty("zone", d.zone());
    o.addProperty("parent_zone", d.parentZone().isEmpty() ? null : d.parentZone());
    o.addProperty("verdict", d.verdict().text());
    o.add("assigned", strings(d.expected()));
    o.add("delegated", strings(d.delegated()));
    o.add("missing", strings(d.missing()));
    o.add("extra", strings(d.extra()));
    o.addProperty("consistent", !d.inconsistent());
    o.addProperty("detail", d.detail());
    JsonArray parents = new JsonArray();
    for (DelegationReport.ParentAnswer a : d.answers()) {
      JsonObject p = new JsonObject();
      p.addProperty("name", a.nameserver());
      p.addProperty("address", a.address());
      p.addProperty("rcode", a.rcode());
      p.add("nameservers", strings(a.nameservers()));
      p.addProperty("detail", a.detail());
      parents.add(p);
    }
    o.add("parent_nameservers", parents);
    JsonObject api = new JsonObject();
    api.addProperty("delegation_status", r.apiStatus().orElse(null));
    api.add("delegated", strings(r.apiDelegated()));
    api.addProperty("delegation_last_check", r.apiLastCheck().map(Instant::toString).orElse(null));
    o.add("api", api);
    return o;
  }

  static String human(Result r, Clock clock, Palette p) {
    DelegationReport d = r.report();
    DescribeWriter w = new DescribeWriter();
    String verdict = d.verdict().text();
    w.field("Zone", d.zone())
        .field("Parent zone", Humanize.orDash(d.parentZone()))
        .field(
            "Delegation",
            d.verdict() == DelegationReport.Verdict.VALID ? p.ok(verdict) : p.bad(verdict))
        .field(
            "API status",
            r.apiStatus().orElse("-")
                + r.apiLastCheck()
                    .map(
                        t ->
                            " (checked "
                                + Humanize.datetimeWithAge(t, clock.instant(), clock.getZone())
                                + ")")
                    .orElse(" (never checked)"));
    if (!d.detail().isEmpty()) {
      w.field("Detail", d.detail());
    }
    w.list("Assigned", d.expected(), "none");
    w.list("Delegated by the parent", d.delegated(), "none");
    if (!d.missing().isEmpty()) {
      w.list("Missing at the parent", d.missing(), "none");
    }
    if (!d.extra().isEmpty()) {
      w.list("Extra at the parent", d.extra(), "none");
    }
    if (d.inconsistent()) {
      w.text(p.warn("The parent's nameservers disagree (a change may still be spreading)."));
    }
    w.section(
        "Parent nameservers",
        s -> {
          if (d.answers().isEmpty()) {
            s.text("none found");
          }
          for (DelegationReport.ParentAnswer a : d.answers()) {
            s.bullet(
                a.nameserver()
                    + " "
                    + a.address()
                    + ": "
                    + a.rcode()
                    + (a.nameservers().isEmpty() ? "" : " " + String.join(" ", a.nameservers()))
                    + (a.detail().isEmpty() ? "" : " (" + a.detail() + ")"));
          }
        });
    if (!r.apiStatus().map(verdict::equals).orElse(true)) {
      w.text("The API's delegation_status differs; it is refreshed by Hetzner from time to time.");
    }
    return w.render();
  }

  private static JsonArray strings(List<String> l) {
    JsonArray a = new JsonArray();
    l.forEach(a::add);
    return a;
  }
}
