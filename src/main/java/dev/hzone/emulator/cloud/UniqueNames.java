package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.CloudKind;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import java.util.function.Function;

/**
 * Resource names are unique per kind within a project: creating or renaming a second firewall,
 * volume, network... of the same name answers {@code uniqueness_error} on the field {@code name},
 * as the API does (resources.md).
 */
final class UniqueNames {
  /** The {@code self} of a resource that does not exist yet: no resource has ID 0. */
  static final long NEW = 0;

  private UniqueNames() {}

  /**
   * Refuses {@code name} when a resource of {@code kind} other than {@code self} has it.
   *
   * @param what the kind in words, for the message ({@code placement group})
   */
  static <T> void check(
      StateView v,
      CloudKind<T> kind,
      Function<T, String> nameOf,
      String name,
      long self,
      String what) {
    for (T t : v.all(kind)) {
      if (kind.key(t) != self && nameOf.apply(t).equals(name)) {
        throw ApiError.uniqueness(what + " name is already used", "name");
      }
    }
  }
}
