package dev.hzone.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TSIG secret from a file: either the base64 secret alone, or a BIND {@code key} statement as
 * {@code tsig-keygen} writes it ({@code algorithm hmac-sha256; secret "...";}). Errors name the file but never
 * show its content.
 */
public final class TsigKeyFiles {
  /** The algorithms the API accepts for secondary zones. */
  public static final Set<String> ALGORITHMS = Set.of("hmac-md5", "hmac-sha1", "hmac-sha256");

  private static final Pattern SECRET = Pattern.compile("secret\\s+\"([^\"]*)\"\\s*;");
  private static final Pattern ALGORITHM = Pattern.compile("algorithm\\s+\"?([A-Za-z0-9.-]+)\"?\\s*;");
  private static final long MAX_BYTES = 64 * 1024;

  private TsigKeyFiles() {}

  /**
   * Reads the key in {@code file}.
   *
   * @param algorithm the algorithm named in the configuration, if any; else the file's, else hmac-sha256
   * @throws TsigKeyFileException when the file cannot be read, holds no valid base64 secret, or names an
   *     algorithm the API does not accept or that differs from {@code algorithm}
   */
  public static TsigKey read(Path file, Optional<String> algorithm) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new TsigKeyFileException(file, "is too large to be a TSIG key file");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TsigKeyFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    String secret;
    Optional<String> fileAlgorithm = Optional.empty();
    Matcher m = SECRET.matcher(text);
    if (m.find()) {
      secret = m.group(1).trim();
      Matcher a = ALGORITHM.matcher(text);
      if (a.find()) {
        fileAlgorithm = Optional.of(a.group(1).toLowerCase(Locale.ROOT));
      }
    } else {
      secret = text.trim();
    }
    if (secret.isEmpty() || secret.chars().anyMatch(Character::isWhitespace)) {
      throw new TsigKeyFileException(file, "holds no TSIG secret: give the base64 secret alone or a BIND key "
          + "statement (tsig-keygen)");
    }
    try {
      if (Base64.getDecoder().decode(secret).length == 0) {
        throw new IllegalArgumentException("empty");
      }
    } catch (IllegalArgumentException e) {
      throw new TsigKeyFileException(file, "holds a TSIG secret that is not valid base64");
    }
    Optional<String> fromFile = fileAlgorithm;
    String alg = algorithm.map(s -> s.toLowerCase(Locale.ROOT)).or(() -> fromFile).orElse("hmac-sha256");
    if (alg.endsWith(".")) {
      alg = alg.substring(0, alg.length() - 1);
    }
    if (!ALGORITHMS.contains(alg)) {
      throw new TsigKeyFileException(file, "uses algorithm " + alg + "; Hetzner accepts hmac-md5, hmac-sha1 "
          + "and hmac-sha256");
    }
    if (algorithm.isPresent() && fileAlgorithm.isPresent() && !fileAlgorithm.get().equals(alg)) {
      throw new TsigKeyFileException(file, "is a " + fileAlgorithm.get() + " key but " + alg + " is configured");
    }
    return TsigKey.fromFile(alg, file, secret);
  }

  /** A TSIG key file that cannot be used; the message names the file, never its content. */
  public static final class TsigKeyFileException extends SyncException {
    private final Path file;

    TsigKeyFileException(Path file, String problem) {
      super("TSIG key file " + file + " " + problem);
      this.file = file;
    }

    public Path file() {
      return file;
    }
  }
}
