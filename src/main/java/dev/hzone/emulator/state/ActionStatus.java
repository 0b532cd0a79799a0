package dev.hzone.emulator.state;

import java.util.Locale;

/** An action's {@code status}. */
public enum ActionStatus {
  RUNNING,
  SUCCESS,
  ERROR;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
