package dev.hzone.zonefile;

/**
 * How {@code $INCLUDE} paths are resolved. In every allowed mode the included file must lie inside
 * the zone directory ({@link ReadOptions#baseDir()}, by default the directory of the file being
 * read), and a file that includes itself, directly or not, is an error.
 */
public enum IncludePolicy {
  /**
   * Relative paths are relative to the including file's directory (the default, and hzone's rule).
   */
  RELATIVE_TO_FILE,
  /**
   * Relative paths are relative to the zone directory, as BIND resolves them against its working
   * directory ({@code named-checkzone -w DIR}); for reading files written for BIND's layout.
   */
  RELATIVE_TO_BASE_DIR,
  /**
   * {@code $INCLUDE} is an error: for text that did not come from a directory (API exports, stdin).
   */
  DENY
}
