package dev.hzone.sync.remote;

import java.util.Objects;

/**
 * What the API says about an action: still running, finished, or failed with the API's error code
 * and message.
 *
 * @param id the action id
 * @param status its status
 * @param errorCode the API's {@code error.code} when it failed, else empty
 * @param errorMessage the API's {@code error.message} when it failed, else empty
 */
public record ActionState(long id, Status status, String errorCode, String errorMessage) {

  /** An action's status. */
  public enum Status {
    RUNNING,
    SUCCESS,
    ERROR
  }

  public ActionState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(errorMessage, "errorMessage");
  }

  public static ActionState running(long id) {
    return new ActionState(id, Status.RUNNING, "", "");
  }

  public static ActionState success(long id) {
    return new ActionState(id, Status.SUCCESS, "", "");
  }

  public static ActionState error(long id, String code, String message) {
    return new ActionState(id, Status.ERROR, code, message);
  }

  public boolean finished() {
    return status != Status.RUNNING;
  }
}
