package dev.hzone.emulator.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One line per request, {@code METHOD PATH?QUERY STATUS} (the {@code ?QUERY} only when there is a
 * query; status {@code 000} when the connection was dropped on purpose), flushed line by line, and
 * written before the answer is sent, so that a test can count requests while the emulator runs and
 * a client that holds an answer finds its line already there.
 */
public interface AccessLog extends AutoCloseable {

  /** Records one request. */
  void record(String method, String pathAndQuery, int status);

  @Override
  default void close() {}

  /** Logs nothing. */
  AccessLog NONE = (m, p, s) -> {};

  /** Appends to {@code file}, creating it if needed. */
  static AccessLog toFile(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      BufferedWriter w =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new AccessLog() {
        @Override
        public synchronized void record(String method, String pathAndQuery, int status) {
          try {
            w.write(method + " " + pathAndQuery + " " + String.format("%03d", status));
            w.newLine();
            w.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public synchronized void close() {
          try {
            w.close();
          } catch (IOException ignored) {
            // nothing more to log
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open access log " + file + ": " + e.getMessage(), e);
    }
  }
}
