package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ResourceView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.commons.cli.CommandLine;

/**
 * What the verbs every Cloud API resource shares ({@link StandardVerbs}) need to know about one
 * kind of resource: its command word and noun, how to read one by id, by name and all of them, how
 * it is shown, and, where the kind has them, how its labels, protection and deletion are changed.
 * One constant per kind, built with {@link #builder}; the verbs that only one kind has are written
 * out in its command class.
 *
 * @param <T> the resource's model, e.g. {@link dev.hzone.api.cloud.Server}
 */
final class CloudResource<T> {
  /** Reads one resource by id; empty when there is none. */
  @FunctionalInterface
  interface Getter<T> {
    Optional<T> get(HcloudClient client, long id);
  }

  /** Lists the resources with this exact name. */
  @FunctionalInterface
  interface NameLookup<T> {
    List<T> byName(HcloudClient client, String name);
  }

  /** Lists the resources a {@code list} verb asked for. */
  @FunctionalInterface
  interface Lister<T> {
    List<T> list(HcloudClient client, ListRequest request);
  }

  /** Replaces a resource's labels; returns it as updated. */
  @FunctionalInterface
  interface LabelWriter<T> {
    T write(HcloudClient client, long id, Map<String, String> labels);
  }

  /** Deletes a resource; returns the action when the API gives one. */
  @FunctionalInterface
  interface Deleter {
    Optional<Action> delete(HcloudClient client, long id);
  }

  /** Turns the given protection levels on or off. */
  @FunctionalInterface
  interface Protector<T> {
    Action change(HcloudClient client, T current, Set<String> levels, boolean on);
  }

  /**
   * What a {@code list} verb asked for: the label selector and its own options (for filters only
   * some kinds have, such as {@code --status}).
   */
  record ListRequest(Optional<String> selector, CommandLine options) {}

  private final String command;
  private final String noun;
  private final String jsonKey;
  private final ToLongFunction<T> id;
  private final Function<T, Optional<String>> name;
  private final Getter<T> getter;
  private final NameLookup<T> nameLookup;
  private final Lister<T> lister;
  private final Function<Clock, ResourceView<T>> view;
  private final Function<T, Map<String, String>> labels;
  private final LabelWriter<T> labelWriter;
  private final Deleter deleter;
  private final Protector<T> protector;
  private final List<String> protectionLevels;

  private CloudResource(Builder<T> b) {
    this.command = b.command;
    this.noun = b.noun;
    this.jsonKey = Objects.requireNonNull(b.jsonKey, "jsonKey");
    this.id = Objects.requireNonNull(b.id, "id");
    this.name = Objects.requireNonNull(b.name, "name");
    this.getter = Objects.requireNonNull(b.getter, "get");
    this.nameLookup = b.nameLookup;
    this.lister = Objects.requireNonNull(b.lister, "list");
    this.view = Objects.requireNonNull(b.view, "view");
    this.labels = b.labels;
    this.labelWriter = b.labelWriter;
    this.deleter = b.deleter;
    this.protector = b.protector;
    this.protectionLevels = b.protectionLevels;
  }

  /**
   * Starts a descriptor.
   *
   * @param command the command word, e.g. {@code floating-ip}
   * @param noun the resource named in sentences, e.g. {@code floating IP} ("Floating IP 42
   *     deleted")
   */
  static <T> Builder<T> builder(String command, String noun) {
    return new Builder<>(command, noun);
  }

  String command() {
    return command;
  }

  String noun() {
    return noun;
  }

  /** The noun at the start of a sentence: {@code Floating IP}. */
  String title() {
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  /**
   * How usage lines name an argument of this kind: {@code FLOATINGIP}, as the hcloud CLI writes it.
   */
  String placeholder() {
    return command.replace("-", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** The key of the API's envelope for one resource, e.g. {@code floating_ip}. */
  String jsonKey() {
    return jsonKey;
  }

  long id(T item) {
    return id.applyAsLong(item);
  }

  /** The resource in a sentence: its name, or its id when it has no name. */
  String label(T item) {
    return name.apply(item).filter(s -> !s.isEmpty()).orElse(Long.toString(id(item)));
  }

  ResourceView<T> view(Clock clock) {
    return view.apply(clock);
  }

  List<T> list(HcloudClient client, ListRequest request) {
    return lister.list(client, request);
  }

  Optional<T> get(HcloudClient client, long resourceId) {
    return getter.get(client, resourceId);
  }

  Optional<LabelAccess<T>> labels() {
    return labelWriter == null
        ? Optional.empty()
        : Optional.of(new LabelAccess<>(labels, labelWriter));
  }

  Optional<Deleter> deleter() {
    return Optional.ofNullable(deleter);
  }

  Optional<Protector<T>> protector() {
    return Optional.ofNullable(protector);
  }

  /** The protection levels the kind has, e.g. {@code delete} and {@code rebuild} for servers. */
  List<String> protectionLevels() {
    return protectionLevels;
  }

  /** How labels are read and written. */
  record LabelAccess<T>(Function<T, Map<String, String>> read, LabelWriter<T> write) {}

  /**
   * The resource an argument names, as the hcloud CLI finds it: a number is tried as an id first
   * and then as a name; anything else is looked up by name ({@code ?name=}).
   *
   * @throws CliException (exit 1) when there is none, or when a name matches several (images of two
   *     architectures, say), listing their ids
   */
  T require(HcloudClient client, String arg) {
    String ref = arg.trim();
    if (ref.isEmpty()) {
      throw CliException.usage("an empty " + noun + " name or id");
    }
    if (ref.matches("[0-9]{1,18}")) {
      Optional<T> byId = getter.get(client, Long.parseLong(ref));
      if (byId.isPresent()) {
        return byId.get();
      }
    }
    if (nameLookup != null) {
      List<T> found = nameLookup.byName(client, ref);
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.size() > 1) {
        throw CliException.failed(
            noun
                + " name '"
                + ref
                + "' is ambiguous: it names "
                + noun
                + "s "
                + String.join(", ", found.stream().map(t -> Long.toString(id(t))).toList())
                + "; give the id");
      }
    }
    throw CliException.failed(noun + " '" + ref + "' not found (see 'hzone " + command + " list')");
  }

  /** Builds a {@link CloudResource}. */
  static final class Builder<T> {
    private final String command;
    private final String noun;
    private String jsonKey;
    private ToLongFunction<T> id;
    private Function<T, Optional<String>> name;
    private Getter<T> getter;
    private NameLookup<T> nameLookup;
    private Lister<T> lister;
    private Function<Clock, ResourceView<T>> view;
    private Function<T, Map<String, String>> labels;
    private LabelWriter<T> labelWriter;
    private Deleter deleter;
    private Protector<T> protector;
    private List<String> protectionLevels = List.of();

    private Builder(String command, String noun) {
      this.command = command;
      this.noun = noun;
    }

    /** The key of the API's envelope, e.g. {@code {"server": ...}}. */
    Builder<T> jsonKey(String key) {
      this.jsonKey = key;
      return this;
    }

    Builder<T> id(ToLongFunction<T> f) {
      this.id = f;
      return this;
    }

    Builder<T> name(Function<T, String> f) {
      this.name = t -> Optional.ofNullable(f.apply(t));
      return this;
    }

    /** For kinds whose name may be missing (images, ISOs). */
    Builder<T> optionalName(Function<T, Optional<String>> f) {
      this.name = f;
      return this;
    }

    Builder<T> get(Getter<T> g) {
      this.getter = g;
      return this;
    }

    /** How names are looked up ({@code ?name=}); kinds without names (actions) have none. */
    Builder<T> byName(NameLookup<T> n) {
      this.nameLookup = n;
      return this;
    }

    Builder<T> list(Lister<T> l) {
      this.lister = l;
      return this;
    }

    Builder<T> view(Function<Clock, ResourceView<T>> v) {
      this.view = v;
      return this;
    }

    /**
     * The kind has labels: {@code add-label}, {@code remove-label} and {@code --label} on update.
     */
    Builder<T> labels(Function<T, Map<String, String>> read, LabelWriter<T> write) {
      this.labels = read;
      this.labelWriter = write;
      return this;
    }

    /** The kind can be deleted. */
    Builder<T> delete(Deleter d) {
      this.deleter = d;
      return this;
    }

    /**
     * The kind can be protected, at these levels ({@code delete}, and {@code rebuild} for servers).
     */
    Builder<T> protection(Protector<T> p, String... levels) {
      this.protector = p;
      this.protectionLevels = List.of(levels);
      return this;
    }

    CloudResource<T> build() {
      return new CloudResource<>(this);
    }
  }
}
