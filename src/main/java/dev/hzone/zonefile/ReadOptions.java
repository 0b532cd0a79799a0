package dev.hzone.zonefile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ZoneFileReader} reads a zone file.
 *
 * @param origin the zone name to use, overriding the one found in the file ({@code $ORIGIN}) or its file
 *     name; absent to find it in the file
 * @param unsupportedTypes what to do with record types the API does not accept
 * @param includes how {@code $INCLUDE} is resolved, or that it is refused
 * @param baseDir the zone directory that included files must stay inside; absent for the directory of
 *     the file being read
 * @param generateLimit the most records one {@code $GENERATE} may create
 */
public record ReadOptions(
    Optional<String> origin,
    UnsupportedTypePolicy unsupportedTypes,
    IncludePolicy includes,
    Optional<Path> baseDir,
    int generateLimit) {

  /** The default bound on one {@code $GENERATE}: more than any real zone uses, far below memory limits. */
  public static final int DEFAULT_GENERATE_LIMIT = 65_536;

  public ReadOptions {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(unsupportedTypes, "unsupportedTypes");
    Objects.requireNonNull(includes, "includes");
    Objects.requireNonNull(baseDir, "baseDir");
    if (generateLimit < 1) {
      throw new IllegalArgumentException("generateLimit must be at least 1");
    }
  }

  /** Origin from the file, unsupported types rejected, includes relative to the including file. */
  public static ReadOptions defaults() {
    return new ReadOptions(
        Optional.empty(),
        UnsupportedTypePolicy.REJECT,
        IncludePolicy.RELATIVE_TO_FILE,
        Optional.empty(),
        DEFAULT_GENERATE_LIMIT);
  }

  /** These options with the zone name {@code zone} (with or without trailing dot, Unicode or punycode). */
  public ReadOptions withOrigin(String zone) {
    return new ReadOptions(Optional.of(zone), unsupportedTypes, includes, baseDir, generateLimit);
  }

  public ReadOptions withUnsupportedTypes(UnsupportedTypePolicy policy) {
    return new ReadOptions(origin, policy, includes, baseDir, generateLimit);
  }

  public ReadOptions withIncludes(IncludePolicy policy) {
    return new ReadOptions(origin, unsupportedTypes, policy, baseDir, generateLimit);
  }

  public ReadOptions withBaseDir(Path dir) {
    return new ReadOptions(origin, unsupportedTypes, includes, Optional.of(dir), generateLimit);
  }

  public ReadOptions withGenerateLimit(int limit) {
    return new ReadOptions(origin, unsupportedTypes, includes, baseDir, limit);
  }
}
