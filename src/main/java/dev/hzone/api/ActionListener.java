package dev.hzone.api;

import dev.hzone.api.cloud.Action;

/**
 * Hears about actions while {@link ActionWaiter} waits for them: once for every action that is
 * already done when waiting starts, and once per poll for every action the poll returned (its
 * progress may have moved or it may have finished). Called on the waiting thread.
 */
@FunctionalInterface
public interface ActionListener {
  /** A listener that ignores updates. */
  ActionListener NONE = action -> {};

  void onUpdate(Action action);
}
