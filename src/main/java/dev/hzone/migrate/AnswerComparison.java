package dev.hzone.migrate;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.SOARecord;

/**
 * Compares the old host's answer with a new nameserver's for one RRSet, and tells an intended
 * difference (explained by the migration report) from a real one. Pure.
 */
final class AnswerComparison {
  /** Notes that explain a different TTL. */
  private static final Set<NoteKind> TTL_REASONS =
      Set.of(NoteKind.TTL_RAISED, NoteKind.TTL_MERGED, NoteKind.AUTO_TTL);

  /** Notes that explain different values. */
  private static final Set<NoteKind> VALUE_REASONS =
      Set.of(
          NoteKind.PROXIED_RECORD,
          NoteKind.ALIAS_RESOLVED,
          NoteKind.ROUTING_POLICY_MERGED,
          NoteKind.FAILOVER_SECONDARY_DROPPED,
          NoteKind.DOUBLED_ORIGIN_FIXED,
          NoteKind.DUPLICATE_MERGED);

  private AnswerComparison() {}

  static RrsetCheck compare(
      Rrset expected,
      Conversion conversion,
      ServerAddress server,
      MigrationVerifier.Answer old,
      MigrationVerifier.Answer neu) {
    RrsetKey key = expected.key();
    if (!old.ok()) {
      return new RrsetCheck(
          key, server, RrsetCheck.Status.OLD_FAILED, "the old host " + old.failure());
    }
    if (!neu.ok()) {
      return new RrsetCheck(
          key,
          server,
          neu.failure().startsWith("no answer")
              ? RrsetCheck.Status.NO_ANSWER
              : RrsetCheck.Status.MISSING,
          "the new server " + neu.failure());
    }
    if (neu.values().isEmpty()) {
      return new RrsetCheck(
          key,
          server,
          RrsetCheck.Status.MISSING,
          "no "
              + key.type()
              + " records; the old host has "
              + String.join(" | ", old.values().values()));
    }
    List<String> expectedChanges = new ArrayList<>();
    String valueProblem =
        key.type() == RecordType.SOA
            ? compareSoa(old, neu, expectedChanges)
            : compareValues(expected, conversion, old, neu, expectedChanges);
    if (!valueProblem.isEmpty()) {
      return new RrsetCheck(key, server, RrsetCheck.Status.DIFFERENT_VALUES, valueProblem);
    }
    if (old.ttl() != neu.ttl()) {
      int zoneTtl = conversion.zone().defaultTtl().orElse(3600);
      List<MigrationNote> reasons = notes(conversion, key, TTL_REASONS);
      if (neu.ttl() == expected.effectiveTtl(zoneTtl) && !reasons.isEmpty()) {
        expectedChanges.add(
            "TTL " + old.ttl() + " -> " + neu.ttl() + ": " + reasons.get(0).message());
      } else {
        return new RrsetCheck(
            key,
            server,
            RrsetCheck.Status.DIFFERENT_TTL,
            "TTL " + neu.ttl() + ", the old host has " + old.ttl());
      }
    }
    return expectedChanges.isEmpty()
        ? new RrsetCheck(key, server, RrsetCheck.Status.AGREE, "")
        : new RrsetCheck(
            key, server, RrsetCheck.Status.EXPECTED_CHANGE, String.join("; ", expectedChanges));
  }

  private static String compareValues(
      Rrset expected,
      Conversion conversion,
      MigrationVerifier.Answer old,
      MigrationVerifier.Answer neu,
      List<String> expectedChanges) {
    if (old.values().keySet().equals(neu.values().keySet())) {
      return "";
    }
    TreeSet<String> want = new TreeSet<>();
    for (String v : expected.values()) {
      want.add(ValueCanonicalizer.canonical(expected.type(), v));
    }
    boolean asMigrated = want.equals(neu.values().keySet());
    if (asMigrated && expected.key().isApex() && expected.type() == RecordType.NS) {
      expectedChanges.add("apex NS replaced by Hetzner's nameservers");
      return "";
    }
    List<MigrationNote> reasons = notes(conversion, expected.key(), VALUE_REASONS);
    if (asMigrated && !reasons.isEmpty()) {
      expectedChanges.add(reasons.get(0).message());
      return "";
    }
    List<String> onlyOld = new ArrayList<>();
    List<String> onlyNew = new ArrayList<>();
    old.values()
        .forEach(
            (k, v) -> {
              if (!neu.values().containsKey(k)) {
                onlyOld.add(v);
              }
            });
    neu.values()
        .forEach(
            (k, v) -> {
              if (!old.values().containsKey(k)) {
                onlyNew.add(v);
              }
            });
    return (onlyOld.isEmpty() ? "" : "missing " + String.join(" | ", onlyOld))
        + (onlyOld.isEmpty() || onlyNew.isEmpty() ? "" : "; ")
        + (onlyNew.isEmpty() ? "" : "extra " + String.join(" | ", onlyNew));
  }

  /** Contact and timers must agree; Hetzner's primary and serial are expected to differ. */
  private static String compareSoa(
      MigrationVerifier.Answer old, MigrationVerifier.Answer neu, List<String> expectedChanges) {
    SOARecord a = old.soa().orElseThrow();
    SOARecord b = neu.soa().orElseThrow();
    List<String> diffs = new ArrayList<>();
    if (!a.getAdmin().equals(b.getAdmin())) {
      diffs.add("contact " + b.getAdmin() + " instead of " + a.getAdmin());
    }
    timer(diffs, "refresh", a.getRefresh(), b.getRefresh());
    timer(diffs, "retry", a.getRetry(), b.getRetry());
    timer(diffs, "expire", a.getExpire(), b.getExpire());
    timer(diffs, "minimum", a.getMinimum(), b.getMinimum());
    if (!diffs.isEmpty()) {
      return "SOA " + String.join(", ", diffs);
    }
    if (!a.getHost().equals(b.getHost()) || a.getSerial() != b.getSerial()) {
      expectedChanges.add(
          "SOA primary " + b.getHost() + " and serial " + b.getSerial() + " are Hetzner's");
    }
    return "";
  }

  private static void timer(List<String> diffs, String name, long old, long neu) {
    if (old != neu) {
      diffs.add(name + " " + neu + " instead of " + old);
    }
  }

  private static List<MigrationNote> notes(Conversion c, RrsetKey key, Set<NoteKind> kinds) {
    return c.report().notes().stream()
        .filter(
            n ->
                kinds.contains(n.kind())
                    && n.owner().equals(key.name())
                    && n.type() == key.type().code())
        .toList();
  }
}
