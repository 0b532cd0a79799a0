package dev.hzone.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comment lines at the top of a migrated zone file: where the zone came from and what was left
 * behind or changed, so that whoever reviews the file in Git sees it without the command's output.
 */
public final class MigrationHeader {
  private MigrationHeader() {}

  /**
   * The header lines, without the leading {@code ;}.
   *
   * @param source where the zone came from, e.g. {@code AXFR from 192.0.2.53:53} or {@code
   *     Cloudflare export cf.txt}
   */
  public static List<String> lines(String source, MigrationReport report) {
    List<String> out = new ArrayList<>();
    out.add(" Migrated to Hetzner DNS by 'hzone migrate' from " + source + ".");
    out.add(
        " Review before applying: "
            + report.droppedRecords()
            + " record(s) dropped, "
            + report.changed().stream().filter(n -> n.kind() != NoteKind.DEFAULT_TTL_CHOSEN).count()
            + " change(s) and warning(s).");
    Map<String, Integer> dnssec = report.dnssecByType();
    if (!dnssec.isEmpty()) {
      out.add(" dropped: DNSSEC records (" + counts(dnssec) + "): Hetzner does not sign zones.");
    }
    for (List<MigrationNote> group : report.grouped()) {
      MigrationNote n = group.get(0);
      if (n.kind() == NoteKind.DNSSEC_DROPPED || n.kind() == NoteKind.DEFAULT_TTL_CHOSEN) {
        continue;
      }
      String where = subjects(group);
      out.add(
          " "
              + (n.dropped() ? "dropped" : "changed")
              + ": "
              + (where.isEmpty() ? "" : where + ": ")
              + n.message()
              + (n.suggestion().isEmpty() ? "" : " -- " + n.suggestion()));
    }
    return out;
  }

  /** {@code @ A, www AAAA}: the RRSets a group of notes is about. */
  public static String subjects(List<MigrationNote> group) {
    List<String> parts = new ArrayList<>();
    for (MigrationNote n : group) {
      String s = (n.owner() + " " + n.typeName()).trim();
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    return String.join(", ", parts);
  }

  /** {@code RRSIG 1200, NSEC 300}. */
  public static String counts(Map<String, Integer> byType) {
    List<String> parts = new ArrayList<>();
    byType.forEach((t, c) -> parts.add(t + " " + c));
    return String.join(", ", parts);
  }
}
