package dev.hzone.api;

/**
 * The pages of a list did not add up to the whole list: fewer or more items than the API said there
 * were, or a page that reports another total than the first. The list changed while it was read, or
 * an answer was cut short; either way the items read are not a snapshot of the list, and a caller
 * that plans from it (deleting what seems missing) must not go on. Reading again usually succeeds.
 */
public final class InconsistentListException extends HcloudException {
  private final long expected;
  private final long read;

  public InconsistentListException(String message, long expected, long read) {
    super(message);
    this.expected = expected;
    this.read = read;
  }

  /** How many items the first page said the list has. */
  public long expected() {
    return expected;
  }

  /** How many items the pages held. */
  public long read() {
    return read;
  }
}
