package dev.hzone.sync;

import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKeyException;
import dev.hzone.tsig.TsigKeyReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a secondary zone's TSIG key file for a plan, with {@link TsigKeyReader} (the base64 secret
 * alone, a BIND {@code key} statement as {@code tsig-keygen} writes it, or {@code
 * ALG:NAME:SECRET}), and reports problems as {@link SyncException}s that name the file but never
 * show its content.
 */
public final class TsigKeyFiles {
  private TsigKeyFiles() {}

  /**
   * Reads the key in {@code file}.
   *
   * @param algorithm the algorithm named in the configuration, if any; else the file's, else
   *     hmac-sha256
   * @throws TsigKeyFileException when the file cannot be read, holds no valid key, or names an
   *     algorithm the API does not accept or that differs from {@code algorithm}
   */
  public static TsigKeyRef read(Path file, Optional<String> algorithm) {
    Optional<TsigAlgorithm> configured = Optional.empty();
    if (algorithm.isPresent()) {
      configured =
          Optional.of(
              TsigAlgorithm.fromText(algorithm.get())
                  .orElseThrow(
                      () ->
                          new TsigKeyFileException(
                              file,
                              "uses algorithm "
                                  + algorithm.get()
                                  + "; Hetzner accepts "
                                  + TsigAlgorithm.knownNames())));
    }
    try {
      return TsigKeyRef.fromFile(file, TsigKeyReader.readFile(file, configured));
    } catch (TsigKeyException e) {
      throw new TsigKeyFileException(file, e.problem());
    }
  }

  /** A TSIG key file that cannot be used; the message names the file, never its content. */
  public static final class TsigKeyFileException extends SyncException {
    private final Path file;

    TsigKeyFileException(Path file, String problem) {
      super("TSIG key file " + file + ": " + problem);
      this.file = file;
    }

    public Path file() {
      return file;
    }
  }
}
