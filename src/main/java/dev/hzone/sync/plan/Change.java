package dev.hzone.sync.plan;

import dev.hzone.dns.Rrset;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.Operation;
import java.util.List;
import java.util.Objects;

/**
 * One thing a plan changes, for people and for counting: a zone created or updated, or an RRSet
 * created, updated or deleted, with the old and new state and the {@link Operation}s (API requests)
 * that carry it out. Changes are data; computing them sends nothing.
 */
public sealed interface Change {

  /** How a change is counted in {@code Plan: N to create, N to change, N to delete}. */
  enum Kind {
    CREATE,
    CHANGE,
    DELETE,
    /**
     * Not counted: the vehicle of other changes (one zone-file import carrying many RRSet changes).
     */
    NONE
  }

  Kind kind();

  /** What it changes, for messages: {@code www/A}, or {@code zone} for zone-level changes. */
  String subject();

  /**
   * The requests that carry it out, in order; empty when another change (a zone import) carries it.
   */
  List<Operation> operations();

  /**
   * When it runs at the latest: every change of phase 0 (zone creation) finishes before phase 1
   * (deletes, zone settings, a zone-file import) starts, and those before phase 2 (RRSet creates
   * and updates), so that at one name a deleted CNAME is gone before new data arrives (RFC 1034
   * §3.6.2). A phase-2 change that waits for nothing of phase 1 runs with it ({@link
   * Waves#phases}).
   */
  int phase();

  /**
   * A zone created: a primary with its whole zone file in one request, or a secondary with its
   * primaries.
   */
  record CreateZone(String zone, ZoneAttributes after, List<Operation> operations)
      implements Change {
    public CreateZone {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(after, "after");
      operations = List.copyOf(operations);
    }

    @Override
    public Kind kind() {
      return Kind.CREATE;
    }

    @Override
    public String subject() {
      return "zone";
    }

    @Override
    public int phase() {
      return 0;
    }
  }

  /** Zone TTL, labels, protection or primaries changed. */
  record UpdateZone(
      String zone, ZoneAttributes before, ZoneAttributes after, List<Operation> operations)
      implements Change {
    public UpdateZone {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      operations = List.copyOf(operations);
    }

    @Override
    public Kind kind() {
      return Kind.CHANGE;
    }

    @Override
    public String subject() {
      return "zone";
    }

    @Override
    public int phase() {
      return 1;
    }
  }

  /**
   * The RRSet changes of a zone sent as one {@code import_zonefile} of the zone as it should be
   * (strategy import); the RRSet changes it carries are listed beside it, with only their follow-up
   * requests.
   *
   * @param rrsets how many RRSets the imported file holds
   */
  record ImportZone(String zone, int rrsets, List<Operation> operations) implements Change {
    public ImportZone {
      Objects.requireNonNull(zone, "zone");
      operations = List.copyOf(operations);
    }

    @Override
    public Kind kind() {
      return Kind.NONE;
    }

    @Override
    public String subject() {
      return "zone";
    }

    @Override
    public int phase() {
      return 1;
    }
  }

  /** A new RRSet. */
  record CreateRrset(Rrset after, List<Operation> operations) implements Change {
    public CreateRrset {
      Objects.requireNonNull(after, "after");
      operations = List.copyOf(operations);
    }

    @Override
    public Kind kind() {
      return Kind.CREATE;
    }

    @Override
    public String subject() {
      return after.key().id();
    }

    @Override
    public int phase() {
      return 2;
    }
  }

  /** An RRSet whose values, comments, TTL, labels or protection change. */
  record UpdateRrset(Rrset before, Rrset after, List<Operation> operations) implements Change {
    public UpdateRrset {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (!before.key().equals(after.key())) {
        throw new IllegalArgumentException("update of " + before.key() + " to " + after.key());
      }
      operations = List.copyOf(operations);
    }

    @Override
    public Kind kind() {
      return Kind.CHANGE;
    }

    @Override
    public String subject() {
      return after.key().id();
    }

    @Override
    public int phase() {
      return 2;
    }
  }

  /** An RRSet that goes. */
  record DeleteRrset(Rrset before, List<Operation> operations) implements Change {
    public DeleteRrset {
      Objects.requireNonNull(before, "before");
      operations = List.copyOf(operations);
    }

    @Override
    public Kind kind() {
      return Kind.DELETE;
    }

    @Override
    public String subject() {
      return before.key().id();
    }

    @Override
    public int phase() {
      return 1;
    }
  }
}
