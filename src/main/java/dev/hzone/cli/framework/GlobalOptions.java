package dev.hzone.cli.framework;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The options that come before the command (CLI.md, "Global options").
 *
 * @param endpoint {@code --endpoint}, else {@code HCLOUD_ENDPOINT}, else empty for the default
 * @param tokenFile {@code --token-file}
 * @param token {@code --token} (visible to other users in argv; warned about)
 * @param context {@code --context}
 * @param local {@code --local}: run against the built-in emulator in this process
 * @param localState {@code --local-state DIR}, default {@code .hzone/local}
 * @param output the {@code -o} flags
 * @param verbose {@code -v}: one line per HTTP request on stderr
 * @param color whether to colour output (off with {@code --no-color}, {@code NO_COLOR} or no TTY)
 * @param tty whether hzone runs at a terminal (progress bars instead of log lines), colour or not
 */
public record GlobalOptions(
    Optional<String> endpoint,
    Optional<Path> tokenFile,
    Optional<String> token,
    Optional<String> context,
    boolean local,
    Path localState,
    OutputOptions output,
    boolean verbose,
    boolean color,
    boolean tty) {

  /** Options without terminal information: a terminal is assumed exactly when colour is on. */
  public GlobalOptions(
      Optional<String> endpoint,
      Optional<Path> tokenFile,
      Optional<String> token,
      Optional<String> context,
      boolean local,
      Path localState,
      OutputOptions output,
      boolean verbose,
      boolean color) {
    this(endpoint, tokenFile, token, context, local, localState, output, verbose, color, color);
  }
}
