package dev.hzone.emulator.state;

import java.util.Objects;

/**
 * A resource an action works on, as in the action's {@code resources} list.
 *
 * @param id the resource's ID
 * @param type {@code zone}, {@code server}...
 */
public record ResourceRef(long id, String type) {
  public ResourceRef {
    Objects.requireNonNull(type, "type");
  }

  public static ResourceRef zone(long id) {
    return new ResourceRef(id, "zone");
  }

  public static ResourceRef server(long id) {
    return new ResourceRef(id, "server");
  }
}
