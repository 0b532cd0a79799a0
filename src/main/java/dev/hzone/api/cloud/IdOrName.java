package dev.hzone.api.cloud;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource named in a request by its id or by its name, as the API allows for server types,
 * images, locations, ISOs, SSH keys and others ({@code "server_type": "cpx22"} or {@code
 * "server_type": 22}). Sent as a JSON number or string accordingly.
 */
public final class IdOrName {
  private final Long id;
  private final String name;

  private IdOrName(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  /** The resource with this id. */
  public static IdOrName id(long id) {
    return new IdOrName(id, null);
  }

  /** The resource with this name, e.g. {@code cpx22} or {@code ubuntu-24.04}. */
  public static IdOrName name(String name) {
    return new IdOrName(null, Objects.requireNonNull(name, "name"));
  }

  /** The id, if given by id. */
  public Optional<Long> asId() {
    return Optional.ofNullable(id);
  }

  /** The name, if given by name. */
  public Optional<String> asName() {
    return Optional.ofNullable(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdOrName other
        && Objects.equals(id, other.id)
        && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name);
  }

  @Override
  public String toString() {
    return id != null ? String.valueOf(id) : name;
  }
}
