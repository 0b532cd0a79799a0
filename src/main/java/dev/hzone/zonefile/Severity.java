package dev.hzone.zonefile;

/**
 * How bad a {@link Finding} is: errors stop a command (exit 65), warnings are shown and let it go
 * on.
 */
public enum Severity {
  /** The zone cannot be used as it is. */
  ERROR,
  /** The zone can be used, but something was changed or looks wrong. */
  WARNING
}
