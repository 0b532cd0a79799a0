package dev.hzone.api.cloud;

import java.util.Locale;

/**
 * The state of an {@link Action}: running, then success or error. {@link #UNKNOWN} is a status this
 * version of hzone does not know; such an action counts as not finished, so waiting goes on until
 * it ends or the wait's deadline passes (as hcloud-go's action waiter keeps polling on any status
 * but success and error).
 */
public enum ActionStatus implements ApiEnum {
  RUNNING,
  SUCCESS,
  ERROR,
  /** A status the API sent that this version of hzone does not know. */
  UNKNOWN;

  @Override
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
