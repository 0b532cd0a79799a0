package dev.hzone.migrate;

import dev.hzone.dns.RrsetKey;
import java.util.Objects;

/**
 * How one new nameserver answered one question, compared with the old host.
 *
 * @param key the RRSet asked for
 * @param server the new nameserver
 * @param status the verdict
 * @param detail what differs, or why the difference is expected; empty when they agree
 */
public record RrsetCheck(RrsetKey key, ServerAddress server, Status status, String detail) {
  /** The verdict on one answer. */
  public enum Status {
    /** Same values and TTL. */
    AGREE(true),
    /**
     * Different, as the migration intended: Hetzner's apex NS and SOA primary, a TTL the API
     * forced.
     */
    EXPECTED_CHANGE(true),
    /** The new server has other values than the old. */
    DIFFERENT_VALUES(false),
    /** Same values, different TTL. */
    DIFFERENT_TTL(false),
    /** The new server has no records there. */
    MISSING(false),
    /**
     * The old server did not answer this question properly, so there is nothing to compare with.
     */
    OLD_FAILED(false),
    /** The new server did not answer. */
    NO_ANSWER(false);

    private final boolean ok;

    Status(boolean ok) {
      this.ok = ok;
    }

    /** Whether this counts as agreement. */
    public boolean ok() {
      return ok;
    }
  }

  public RrsetCheck {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }
}
