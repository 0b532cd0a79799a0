package dev.hzone.api.cloud;

import java.util.Locale;

/** The state of an {@link Action}: running, then success or error. */
public enum ActionStatus implements ApiEnum {
  RUNNING,
  SUCCESS,
  ERROR;

  @Override
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
