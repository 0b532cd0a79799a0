package dev.hzone.zonefile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ZoneFileReader} reads a zone file.
 *
 * @param origin the zone name to use, overriding the one found in the file ({@code $ORIGIN}) or its
 *     file name; absent to find it in the file
 * @param unsupportedTypes what to do with record types the API does not accept
 * @param includes how {@code $INCLUDE} is resolved, or that it is refused
 * @param baseDir the zone directory that included files must stay inside; absent for the directory
 *     of the file being read
 * @param generateLimit the most records one {@code $GENERATE} may create
 * @param recordLimit the most records one zone may have, counting those of included files and of
 *     {@code $GENERATE}; the read stops at the record past it with an error at its line
 * @param includeLimit the most {@code $INCLUDE} directives one read may follow in all (an included
 *     file counts each time it is included); the read stops at the one past it with an error at its
 *     line
 */
public record ReadOptions(
    Optional<String> origin,
    UnsupportedTypePolicy unsupportedTypes,
    IncludePolicy includes,
    Optional<Path> baseDir,
    int generateLimit,
    int recordLimit,
    int includeLimit) {

  /**
   * The default bound on one {@code $GENERATE}: more than any real zone uses, far below memory
   * limits.
   */
  public static final int DEFAULT_GENERATE_LIMIT = 65_536;

  /**
   * The default bound on a zone's records (2^20): above the million-record zones hzone is
   * benchmarked with, so that a few {@code $GENERATE} lines cannot fill the heap.
   */
  public static final int DEFAULT_RECORD_LIMIT = 1 << 20;

  /**
   * The default bound on {@code $INCLUDE}s followed in one read, so that includes cannot multiply.
   */
  public static final int DEFAULT_INCLUDE_LIMIT = 1_000;

  public ReadOptions {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(unsupportedTypes, "unsupportedTypes");
    Objects.requireNonNull(includes, "includes");
    Objects.requireNonNull(baseDir, "baseDir");
    if (generateLimit < 1 || recordLimit < 1 || includeLimit < 0) {
      throw new IllegalArgumentException(
          "generateLimit and recordLimit must be at least 1, includeLimit 0");
    }
  }

  /** Options with the default record and include limits. */
  public ReadOptions(
      Optional<String> origin,
      UnsupportedTypePolicy unsupportedTypes,
      IncludePolicy includes,
      Optional<Path> baseDir,
      int generateLimit) {
    this(
        origin,
        unsupportedTypes,
        includes,
        baseDir,
        generateLimit,
        DEFAULT_RECORD_LIMIT,
        DEFAULT_INCLUDE_LIMIT);
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

  /**
   * These options with the zone name {@code zone} (with or without trailing dot, Unicode or
   * punycode).
   */
  public ReadOptions withOrigin(String zone) {
    return new ReadOptions(
        Optional.of(zone),
        unsupportedTypes,
        includes,
        baseDir,
        generateLimit,
        recordLimit,
        includeLimit);
  }

  public ReadOptions withUnsupportedTypes(UnsupportedTypePolicy policy) {
    return new ReadOptions(
        origin, policy, includes, baseDir, generateLimit, recordLimit, includeLimit);
  }

  public ReadOptions withIncludes(IncludePolicy policy) {
    return new ReadOptions(
        origin, unsupportedTypes, policy, baseDir, generateLimit, recordLimit, includeLimit);
  }

  public ReadOptions withBaseDir(Path dir) {
    return new ReadOptions(
        origin,
        unsupportedTypes,
        includes,
        Optional.of(dir),
        generateLimit,
        recordLimit,
        includeLimit);
  }

  public ReadOptions withGenerateLimit(int limit) {
    return new ReadOptions(
        origin, unsupportedTypes, includes, baseDir, limit, recordLimit, includeLimit);
  }

  public ReadOptions withRecordLimit(int limit) {
    return new ReadOptions(
        origin, unsupportedTypes, includes, baseDir, generateLimit, limit, includeLimit);
  }

  public ReadOptions withIncludeLimit(int limit) {
    return new ReadOptions(
        origin, unsupportedTypes, includes, baseDir, generateLimit, recordLimit, limit);
  }
}
