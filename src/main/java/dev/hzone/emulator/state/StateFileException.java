package dev.hzone.emulator.state;

/**
 * The state directory cannot be used: a file is torn or corrupt, or another emulator holds the
 * directory. The message names the file and says what to do; the emulator never starts over
 * silently.
 */
public final class StateFileException extends RuntimeException {
  public StateFileException(String message) {
    super(message);
  }

  public StateFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
