package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.CloudKind;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.Body;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What {@code PUT /<resources>/{id}} changes of most resources: the name (checked as at create, and
 * unique per kind, see {@link UniqueNames}) and the labels, each only when given. The one home of
 * that update, so that the resources do not each repeat it.
 *
 * @param name the new name, if given
 * @param labels the new labels (replacing all), if given
 */
record NameAndLabels(Optional<String> name, Optional<Map<String, String>> labels) {

  /** Reads {@code name} (checked by {@code checkName}) and {@code labels} from a PUT body. */
  static NameAndLabels read(Body body, UnaryOperator<String> checkName) {
    return new NameAndLabels(body.optString("name").map(checkName), body.optLabels("labels"));
  }

  /**
   * Refuses a new name that another resource of {@code kind} has ({@code uniqueness_error}).
   *
   * @param what the kind in words, for the message
   */
  <T> void checkUnique(
      StateView v, CloudKind<T> kind, Function<T, String> nameOf, long self, String what) {
    name.ifPresent(n -> UniqueNames.check(v, kind, nameOf, n, self, what));
  }

  /** The name after the update. */
  String nameOr(String current) {
    return name.orElse(current);
  }

  /** The labels after the update. */
  Map<String, String> labelsOr(Map<String, String> current) {
    return labels.orElse(current);
  }
}
