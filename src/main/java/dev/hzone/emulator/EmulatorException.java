package dev.hzone.emulator;

/**
 * The emulator cannot start: its state directory is corrupt or in use, or an address cannot be
 * bound. The message names the file or address and says what to do.
 */
public final class EmulatorException extends RuntimeException {
  public EmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
