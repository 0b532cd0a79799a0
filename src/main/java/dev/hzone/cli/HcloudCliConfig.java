package dev.hzone.cli;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hcloud CLI's configuration file ({@code cli.toml}), read-only: its contexts (name, token, endpoint
 * preference) and the active one. hzone reuses it so that a machine set up for {@code hcloud} needs nothing
 * more. {@link #toString()} never shows a token.
 *
 * @param file where it was read from
 * @param activeContext {@code active_context}, if set
 * @param contexts the {@code [[contexts]]}
 */
record HcloudCliConfig(Path file, Optional<String> activeContext, List<Context> contexts) {

  /**
   * One {@code [[contexts]]} entry.
   *
   * @param name its name
   * @param token its API token (a secret)
   * @param endpoint its {@code preferences.endpoint}, if set
   */
  record Context(String name, Optional<String> token, Optional<String> endpoint) {
    @Override
    public String toString() {
      return "Context[name=" + name + ", token=" + (token.isPresent() ? "REDACTED" : "none") + ", endpoint="
          + endpoint.orElse("default") + "]";
    }
  }

  /** The context called {@code name}. */
  Optional<Context> context(String name) {
    return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The names of all contexts, in file order. */
  List<String> names() {
    return contexts.stream().map(Context::name).toList();
  }

  /** The file at {@code file}, or empty if there is none; a file that does not parse is a data error (65). */
  static Optional<HcloudCliConfig> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Config root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new TomlParser().parse(r);
    } catch (IOException e) {
      throw CliException.data(file + ": cannot read the hcloud CLI config: " + e.getMessage());
    } catch (ParsingException e) {
      throw CliException.data(file + ": not valid TOML: " + e.getMessage());
    }
    List<Context> contexts = new ArrayList<>();
    Object list = root.get("contexts");
    if (list instanceof List<?> entries) {
      int i = 0;
      for (Object o : entries) {
        i++;
        if (!(o instanceof Config c) || !(c.get("name") instanceof String name)) {
          throw CliException.data(file + ": context number " + i + " has no name");
        }
        contexts.add(new Context(name, string(c, "token"), string(c, "preferences.endpoint")));
      }
    }
    return Optional.of(new HcloudCliConfig(file, string(root, "active_context"), List.copyOf(contexts)));
  }

  private static Optional<String> string(Config c, String path) {
    Object v = c.get(path);
    return v instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
  }
}
