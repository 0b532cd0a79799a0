package dev.hzone.sync.apply;

import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.plan.ZonePlan;

/**
 * Hears how an apply goes, change by change (progress bars, log lines). Called from several threads
 * at once; implementations synchronise themselves. Changes carried by another (RRSets inside a
 * zone-file import or a new zone's file) are not reported on their own.
 */
public interface ApplyListener {

  /** A listener that ignores everything. */
  ApplyListener NONE = new ApplyListener() {};

  /**
   * Before the first request: how many changes are coming (those carried by another included, as
   * the plan counts them) and the requests they cost.
   */
  default void started(int changes, PlanCost cost) {}

  /** A change's first request is about to go. */
  default void changeStarted(String zone, Change change) {}

  /**
   * A zone creation or zone-file import succeeded and with it {@code changes} RRSet changes it
   * carried; called just before {@link #changeDone} for it.
   */
  default void carriedDone(String zone, int changes) {}

  /** Every request of a change succeeded (its actions finished). */
  default void changeDone(String zone, Change change) {}

  /** A change failed; {@code reason} names the request and the API's error. */
  default void changeFailed(String zone, Change change, String reason) {}

  /** A change was not tried because an earlier one it depends on failed. */
  default void changeSkipped(String zone, Change change, String reason) {}

  /**
   * Every change of the zone succeeded. Called in one of the applier's threads, before the apply
   * ends, so that it may send a request of its own (the CLI reads the zone for its read cache).
   */
  default void zoneApplied(ZonePlan zone) {}

  /** After the last request. */
  default void finished(ApplyResult result) {}
}
