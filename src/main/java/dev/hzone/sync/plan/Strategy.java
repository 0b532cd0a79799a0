package dev.hzone.sync.plan;

import java.util.Locale;
import java.util.Optional;

/** How the RRSet changes of a zone are sent ({@code --strategy}). */
public enum Strategy {
  /**
   * RRSet actions, unless one {@code import_zonefile} saves many requests and loses nothing (no
   * comments, labels or change protection in the zone, TTLs known exactly).
   */
  AUTO,
  /**
   * One request per RRSet change, the cheapest action for each (add, remove, set, change TTL...).
   */
  RRSETS,
  /**
   * One {@code import_zonefile} of the whole zone as it should be, carrying along the remote RRSets
   * hzone leaves alone; comments and labels are set again afterwards.
   */
  IMPORT;

  /** The lower-case name used on the command line and in plan documents. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The strategy named {@code text} (any case). */
  public static Optional<Strategy> fromText(String text) {
    for (Strategy s : values()) {
      if (s.id().equalsIgnoreCase(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
