package dev.hzone.api;

import okhttp3.Request;

/**
 * Waits for the actions that keep a resource {@code locked}, so that the request can be tried again. The
 * client implements it by asking {@code GET /<resource>/<id>/actions?status=running} and waiting for those.
 */
@FunctionalInterface
interface LockWaiter {
  /** Waits for the running actions on the resource {@code request} addressed; false if there were none. */
  boolean awaitRunningActions(Request request) throws InterruptedException;
}
