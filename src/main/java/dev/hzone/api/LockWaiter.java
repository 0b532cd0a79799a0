package dev.hzone.api;

import okhttp3.Request;

/**
 * Waits for the actions that keep a resource {@code locked}, so that the request can be tried
 * again. The one implementation, {@link RunningActionsWaiter}, asks {@code GET
 * /<resource>/<id>/actions?status=running} through a pipeline below the one it serves, so that the
 * flow goes one way: retries call down, never back up into the client being built.
 */
@FunctionalInterface
interface LockWaiter {
  /**
   * For a pipeline that never waits for locks (the one lock waits themselves go through): backs off
   * instead.
   */
  LockWaiter NONE = request -> false;

  /**
   * Waits for the running actions on the resource {@code request} addressed; false if there were
   * none.
   */
  boolean awaitRunningActions(Request request) throws InterruptedException;
}
