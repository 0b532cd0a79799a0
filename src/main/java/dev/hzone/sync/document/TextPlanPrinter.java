package dev.hzone.sync.document;

import dev.hzone.dns.Names;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.IgnoredRrset;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.plan.Strategy;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.remote.Operation;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.term.Palette;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Prints a {@link Plan} for people: per zone, each change with old and new values, comments and
 * TTLs, the requests that carry it out, what is left alone and any warnings; then the summary line
 * {@code Plan: N to create, N to change, N to delete; N API requests (W writes, P action polls) to
 * apply, M left in the rate-limit budget}, its count the {@link PlanCost}. A zone's own line counts
 * its writes only: polls serve all zones.
 *
 * <pre>
 * example.com: 1 to create, 1 to change (2 requests)
 *   + shop A  ttl default  [create_rrset]
 *       + 203.0.113.20
 *   ~ www A  ttl 300 -&gt; 600  [set_records, change_ttl]
 *       - 203.0.113.10  ; web-1
 *       + 203.0.113.11  ; web-2
 * </pre>
 */
public final class TextPlanPrinter {
  private final Palette palette;

  /**
   * @param colour whether to use ANSI colours (the caller decides: TTY, {@code NO_COLOR})
   */
  public TextPlanPrinter(boolean colour) {
    this.palette = new Palette(colour);
  }

  /**
   * Writes the plan.
   *
   * @param budget the API requests left in the rate-limit budget, if known
   */
  public void print(Plan plan, OptionalInt budget, Appendable out) {
    try {
      for (ZonePlan z : plan.zones()) {
        printZone(z, out);
      }
      if (!plan.zones().isEmpty()) {
        out.append('\n');
      }
      out.append(summary(plan, budget)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last line: counts, cost and what is left of the budget. */
  public static String summary(Plan plan, OptionalInt budget) {
    return String.format(
        Locale.ROOT,
        "Plan: %d to create, %d to change, %d to delete; %s to apply, %s",
        plan.count(Change.Kind.CREATE),
        plan.count(Change.Kind.CHANGE),
        plan.count(Change.Kind.DELETE),
        plan.cost().requests() == 0 ? "no API requests" : plan.cost().describe(),
        budget.isPresent()
            ? budget.getAsInt() + " left in the rate-limit budget"
            : "rate-limit budget not known");
  }

  /**
   * What was read to make the plan: {@code Read: 2 zone-file exports, 1 RRSet list, 997 unchanged
   * (SOA serial, no request), 1 secondary zone (settings only)}.
   */
  public static String reads(Plan plan) {
    java.util.Map<ReadMethod, Integer> n = new java.util.EnumMap<>(ReadMethod.class);
    int absent = 0;
    for (ZonePlan z : plan.zones()) {
      if (!z.exists()) {
        absent++;
      } else {
        n.merge(z.readMethod(), 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder("Read: ");
    int start = sb.length();
    appendRead(sb, n.getOrDefault(ReadMethod.ZONEFILE, 0), "zone-file export", "zone-file exports");
    appendRead(sb, n.getOrDefault(ReadMethod.RRSET_LIST, 0), "RRSet list", "RRSet lists");
    appendRead(
        sb,
        n.getOrDefault(ReadMethod.CACHED, 0),
        "unchanged zone (SOA serial, no request)",
        "unchanged zones (SOA serial, no request)");
    appendRead(
        sb,
        n.getOrDefault(ReadMethod.NONE, 0),
        "secondary zone (settings only)",
        "secondary zones (settings only)");
    appendRead(sb, absent, "zone not at Hetzner", "zones not at Hetzner");
    return sb.length() == start ? "Read: nothing" : sb.toString();
  }

  private static void appendRead(StringBuilder sb, int n, String one, String many) {
    if (n > 0) {
      sb.append(sb.charAt(sb.length() - 1) == ' ' ? "" : ", ")
          .append(n)
          .append(' ')
          .append(n == 1 ? one : many);
    }
  }

  private void printZone(ZonePlan z, Appendable out) throws IOException {
    String name = Names.display(z.zone());
    out.append(bold(name)).append(": ").append(zoneSummary(z)).append('\n');
    for (Change c : z.changes()) {
      printChange(c, out);
    }
    if (!z.ignored().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (IgnoredRrset i : z.ignored()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(i.name())
            .append(' ')
            .append(i.type())
            .append(" (")
            .append(i.reason())
            .append(')');
      }
      out.append(dim("  = left alone: " + sb)).append('\n');
    }
    for (String w : z.warnings()) {
      out.append("  ").append(yellow("! " + w)).append('\n');
    }
  }

  private static String zoneSummary(ZonePlan z) {
    if (z.isEmpty()) {
      return "no changes";
    }
    StringBuilder sb = new StringBuilder();
    if (!z.exists()) {
      sb.append("new ").append(z.mode().apiValue()).append(" zone");
    } else {
      appendCount(sb, z.count(Change.Kind.CREATE), "to create");
      appendCount(sb, z.count(Change.Kind.CHANGE), "to change");
      appendCount(sb, z.count(Change.Kind.DELETE), "to delete");
    }
    int writes = z.cost().writes();
    sb.append(" (").append(writes).append(writes == 1 ? " request" : " requests");
    if (z.strategy() == Strategy.IMPORT) {
      sb.append(", one zone-file import");
    }
    return sb.append(')').toString();
  }

  private static void appendCount(StringBuilder sb, int n, String what) {
    if (n > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append(n).append(' ').append(what);
    }
  }

  private void printChange(Change c, Appendable out) throws IOException {
    if (c instanceof Change.CreateZone cz) {
      out.append("  ").append(green("+ zone " + describe(cz.after()))).append(ops(c)).append('\n');
    } else if (c instanceof Change.UpdateZone uz) {
      printZoneUpdate(uz, out);
    } else if (c instanceof Change.ImportZone iz) {
      out.append("  ")
          .append(yellow("~ zone file import of " + iz.rrsets() + " RRSets"))
          .append(ops(c))
          .append('\n');
    } else if (c instanceof Change.CreateRrset cr) {
      Rrset r = cr.after();
      out.append("  ")
          .append(green("+ " + r.name() + " " + r.type()))
          .append("  ttl ")
          .append(ttl(r.ttl()))
          .append(attributes(null, r))
          .append(ops(c))
          .append('\n');
      for (RecordValue v : r.records()) {
        out.append("      ").append(green("+ " + value(v))).append('\n');
      }
    } else if (c instanceof Change.UpdateRrset u) {
      printRrsetUpdate(u, out);
    } else if (c instanceof Change.DeleteRrset d) {
      Rrset r = d.before();
      out.append("  ")
          .append(red("- " + r.name() + " " + r.type()))
          .append("  ttl ")
          .append(ttl(r.ttl()))
          .append(ops(c))
          .append('\n');
      for (RecordValue v : r.records()) {
        out.append("      ").append(red("- " + value(v))).append('\n');
      }
    }
  }

  private void printZoneUpdate(Change.UpdateZone uz, Appendable out) throws IOException {
    ZoneAttributes b = uz.before();
    ZoneAttributes a = uz.after();
    StringBuilder sb = new StringBuilder();
    if (b.ttl() != a.ttl()) {
      sb.append("  ttl ").append(b.ttl()).append(" -> ").append(a.ttl());
    }
    if (!b.labels().equals(a.labels())) {
      sb.append("  labels ").append(labels(b.labels())).append(" -> ").append(labels(a.labels()));
    }
    if (b.deleteProtected() != a.deleteProtected()) {
      sb.append("  delete protection ")
          .append(onOff(b.deleteProtected()))
          .append(" -> ")
          .append(onOff(a.deleteProtected()));
    }
    if (!ZoneAttributes.samePrimaries(b.primaries(), a.primaries())) {
      String before = primaries(b.primaries());
      String after = primaries(a.primaries());
      if (before.equals(after)) {
        // Only a key changed: tell the keys apart by fingerprint, never by the secret.
        before = primaries(b.primaries(), true);
        after = primaries(a.primaries(), true);
      }
      sb.append("  primaries ").append(before).append(" -> ").append(after);
    }
    out.append("  ").append(yellow("~ zone")).append(sb).append(ops(uz)).append('\n');
  }

  private void printRrsetUpdate(Change.UpdateRrset u, Appendable out) throws IOException {
    Rrset b = u.before();
    Rrset a = u.after();
    String ttl = b.ttl().equals(a.ttl()) ? ttl(a.ttl()) : ttl(b.ttl()) + " -> " + ttl(a.ttl());
    out.append("  ")
        .append(yellow("~ " + a.name() + " " + a.type()))
        .append("  ttl ")
        .append(ttl)
        .append(attributes(b, a))
        .append(ops(u))
        .append('\n');
    Map<String, RecordValue> before = b.byCanonicalValue();
    Map<String, RecordValue> after = a.byCanonicalValue();
    for (Map.Entry<String, RecordValue> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        out.append("      ").append(red("- " + value(e.getValue()))).append('\n');
      }
    }
    for (Map.Entry<String, RecordValue> e : after.entrySet()) {
      RecordValue old = before.get(e.getKey());
      RecordValue v = e.getValue();
      if (old == null) {
        out.append("      ").append(green("+ " + value(v))).append('\n');
      } else if (!old.comment().equals(v.comment())) {
        out.append("      ")
            .append(yellow("~ " + v.value() + "  ; " + old.comment() + " -> ; " + v.comment()))
            .append('\n');
      } else {
        out.append("        ").append(value(v)).append('\n');
      }
    }
  }

  private static String attributes(Rrset b, Rrset a) {
    StringBuilder sb = new StringBuilder();
    Map<String, String> bl = b == null ? Map.of() : b.labels();
    if (!bl.equals(a.labels())) {
      sb.append("  labels ")
          .append(b == null ? "" : labels(bl) + " -> ")
          .append(labels(a.labels()));
    }
    boolean bp = b != null && b.changeProtected();
    if (bp != a.changeProtected()) {
      sb.append("  protection ")
          .append(b == null ? "" : onOff(bp) + " -> ")
          .append(onOff(a.changeProtected()));
    }
    return sb.toString();
  }

  private String ops(Change c) {
    if (c.operations().isEmpty()) {
      return dim("  [in the zone file sent]");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Operation op : c.operations()) {
      counts.merge(op.apiName(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    counts.forEach(
        (name, n) -> {
          sb.append(sb.length() > 0 ? ", " : "").append(name);
          if (n > 1) {
            sb.append(" x").append(n);
          }
        });
    return dim("  [" + sb + "]");
  }

  static String describe(ZoneAttributes a) {
    StringBuilder sb = new StringBuilder(a.mode().apiValue()).append(", ttl ").append(a.ttl());
    if (!a.labels().isEmpty()) {
      sb.append(", labels ").append(labels(a.labels()));
    }
    if (a.deleteProtected()) {
      sb.append(", delete protection on");
    }
    if (!a.primaries().isEmpty()) {
      sb.append(", primaries ").append(primaries(a.primaries()));
    }
    return sb.toString();
  }

  private static String primaries(List<PrimaryServer> ps) {
    return primaries(ps, false);
  }

  private static String primaries(List<PrimaryServer> ps, boolean keys) {
    StringBuilder sb = new StringBuilder("[");
    for (PrimaryServer p : ps) {
      sb.append(sb.length() > 1 ? ", " : "").append(keys ? p.describeWithKey() : p.describe());
    }
    return sb.append(']').toString();
  }

  static String labels(Map<String, String> labels) {
    StringBuilder sb = new StringBuilder("{");
    new TreeMap<>(labels)
        .forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(v));
    return sb.append('}').toString();
  }

  private static String onOff(boolean b) {
    return b ? "on" : "off";
  }

  static String ttl(OptionalInt ttl) {
    return ttl.isPresent() ? Integer.toString(ttl.getAsInt()) : "default";
  }

  private static String value(RecordValue v) {
    return v.hasComment() ? v.value() + "  ; " + v.comment() : v.value();
  }

  private String green(String s) {
    return palette.added(s);
  }

  private String red(String s) {
    return palette.removed(s);
  }

  private String yellow(String s) {
    return palette.warn(s);
  }

  private String bold(String s) {
    return palette.bold(s);
  }

  private String dim(String s) {
    return palette.dim(s);
  }
}
