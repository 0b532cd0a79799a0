package dev.hzone.emulator.state;

import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A kind of Cloud resource kept in the servers shard ({@code servers.json}, member {@code
 * resources}), so that a change that spans a server and its volumes, networks or firewalls is
 * written at once. Its records are stored as JSON by their components ({@link CloudJson}); every
 * record of a kind has a unique numeric key.
 *
 * @param name the member name in the state file, e.g. {@code volumes}
 * @param type the record class
 * @param keyOf the record's key (its ID, or the ID of the server it belongs to)
 * @param ids the ID counter its keys come from, when it hands out its own IDs
 * @param <T> the record type
 */
public record CloudKind<T>(
    String name, Class<T> type, ToLongFunction<T> keyOf, Optional<IdCounters.Kind> ids) {
  public CloudKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(keyOf, "keyOf");
    Objects.requireNonNull(ids, "ids");
  }

  /** The key of {@code value}. */
  public long key(Object value) {
    return keyOf.applyAsLong(type.cast(value));
  }
}
