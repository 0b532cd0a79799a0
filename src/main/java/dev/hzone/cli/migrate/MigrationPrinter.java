package dev.hzone.cli.migrate;

import dev.hzone.migrate.MigrationHeader;
import dev.hzone.migrate.MigrationNote;
import dev.hzone.migrate.MigrationReport;
import dev.hzone.migrate.NoteKind;
import dev.hzone.migrate.RrsetCheck;
import dev.hzone.migrate.VerificationReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints what a migration dropped and changed, and what a verification found, for people. */
final class MigrationPrinter {
  /** Notes that call for a person's judgement rather than record a mechanical change. */
  private static final Set<NoteKind> CHECK =
      Set.of(
          NoteKind.PROXIED_RECORD,
          NoteKind.SUSPICIOUS_NAME,
          NoteKind.ROUTING_POLICY_MERGED,
          NoteKind.ALIAS_RESOLVED);

  private MigrationPrinter() {}

  /**
   * The report, one note per line (DNSSEC records summed up by type), each suggestion below its
   * note.
   */
  static void report(PrintStream out, MigrationReport report, String file) {
    Map<String, Integer> dnssec = report.dnssecByType();
    if (!dnssec.isEmpty()) {
      int total = dnssec.values().stream().mapToInt(Integer::intValue).sum();
      out.println(
          "dropped  DNSSEC: "
              + total
              + " records ("
              + MigrationHeader.counts(dnssec)
              + "): Hetzner does not sign zones");
      report.of(NoteKind.DNSSEC_DROPPED).stream()
          .filter(n -> !n.suggestion().isEmpty())
          .findFirst()
          .ifPresent(n -> out.println("         -> " + n.suggestion()));
    }
    for (List<MigrationNote> group : report.grouped()) {
      MigrationNote n = group.get(0);
      if (n.kind() == NoteKind.DNSSEC_DROPPED) {
        continue;
      }
      String label = n.dropped() ? "dropped" : CHECK.contains(n.kind()) ? "check  " : "changed";
      out.println(label + "  " + where(group, file) + n.message());
      if (!n.suggestion().isEmpty()) {
        out.println("         -> " + n.suggestion());
      }
    }
  }

  /** {@code FILE:LINE: owner TYPE: } for one note; {@code owner TYPE (LINE), ...: } for a group. */
  private static String where(List<MigrationNote> group, String file) {
    MigrationNote n = group.get(0);
    if (group.size() > 1) {
      boolean lines = !file.isEmpty() && group.stream().allMatch(g -> g.line().isPresent());
      List<String> parts = new java.util.ArrayList<>();
      for (MigrationNote g : group) {
        parts.add(
            g.owner() + " " + g.typeName() + (lines ? " (line " + g.line().getAsInt() + ")" : ""));
      }
      return (lines ? file + ": " : "") + String.join(", ", parts) + ": ";
    }
    StringBuilder sb = new StringBuilder();
    if (n.line().isPresent() && !file.isEmpty()) {
      sb.append(file).append(':').append(n.line().getAsInt()).append(": ");
    }
    if (!n.owner().isEmpty()) {
      sb.append(n.owner());
      if (n.type() != 0) {
        sb.append(' ').append(n.typeName());
      }
      if (n.count() > 1) {
        sb.append(" (").append(n.count()).append(" records)");
      }
      sb.append(": ");
    }
    return sb.toString();
  }

  /** The verification: a summary, then every difference, expected change and dropped RRSet. */
  static void verification(PrintStream out, VerificationReport r) {
    List<RrsetCheck> expected = r.withStatus(RrsetCheck.Status.EXPECTED_CHANGE);
    List<RrsetCheck> diffs = r.differences();
    out.println(
        "Asked "
            + r.old()
            + " (old) and "
            + r.servers().size()
            + " new nameserver(s) "
            + r.servers()
            + " about "
            + r.rrsetCount()
            + " RRSets of "
            + r.zone()
            + ":");
    out.println("  agree             " + r.withStatus(RrsetCheck.Status.AGREE).size());
    out.println("  expected changes  " + expected.size());
    out.println("  differences       " + diffs.size());
    out.println("  not migrated      " + r.dropped().size() + " RRSets (not asked)");
    if (!diffs.isEmpty()) {
      out.println();
      out.println("Differences:");
      for (RrsetCheck c : diffs) {
        out.println(
            "  "
                + c.key().name()
                + " "
                + c.key().type()
                + " at "
                + c.server()
                + ": "
                + c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ": "
                + c.detail());
      }
    }
    if (!expected.isEmpty()) {
      out.println();
      out.println("Expected changes:");
      for (RrsetCheck c : expected) {
        out.println(
            "  " + c.key().name() + " " + c.key().type() + " at " + c.server() + ": " + c.detail());
      }
    }
    if (!r.dropped().isEmpty()) {
      out.println();
      out.println("Not migrated:");
      MigrationReport dropped = new MigrationReport(r.dropped());
      Map<String, Integer> dnssec = dropped.dnssecByType();
      if (!dnssec.isEmpty()) {
        out.println(
            "  DNSSEC records: "
                + MigrationHeader.counts(dnssec)
                + " (Hetzner does not sign zones)");
      }
      for (MigrationNote n : r.dropped()) {
        if (n.kind() != NoteKind.DNSSEC_DROPPED) {
          out.println(
              "  "
                  + n.owner()
                  + " "
                  + n.typeName()
                  + ": "
                  + n.message()
                  + (n.suggestion().isEmpty() ? "" : " -- " + n.suggestion()));
        }
      }
    }
    out.println();
    out.println(
        r.agrees()
            ? "OK: every new nameserver answers as "
                + r.old()
                + " does for everything Hetzner serves"
            : "NOT OK: " + diffs.size() + " difference(s); do not change the delegation yet");
  }
}
