package dev.hzone.cli.framework;

import com.electronwill.nightconfig.core.CommentedConfig;
import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.core.io.ParsingMode;
import com.electronwill.nightconfig.toml.TomlFormat;
import com.electronwill.nightconfig.toml.TomlParser;
import com.electronwill.nightconfig.toml.TomlWriter;
import dev.hzone.sync.config.LineTrackingReader;
import dev.hzone.tsig.SecretFileMode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hcloud CLI's configuration file, {@code cli.toml}: the active context and the named contexts
 * with their API tokens, read and written so that hzone and the official {@code hcloud} CLI share
 * it.
 *
 * <pre>{@code
 * active_context = "prod"
 * [preferences]
 *   poll_interval = "1s"
 * [[contexts]]
 *   name = "prod"
 *   token = "<64 characters>"
 *   [contexts.preferences]
 *     endpoint = "https://api.hetzner.cloud/v1"
 * }</pre>
 *
 * <p>Rewriting keeps every key hzone does not know ({@code [preferences]}, per-context preferences,
 * keys added by newer hcloud versions) in place. Files are written atomically with mode 0600 in a
 * directory created with mode 0750, as the hcloud CLI does, because they hold tokens.
 *
 * <pre>{@code
 * HcloudConfig cfg = HcloudConfig.load(HcloudConfig.locate(inv.env()));
 * cfg.addContext("prod", token);
 * cfg.setActiveContext(Optional.of("prod"));
 * cfg.save();
 * }</pre>
 */
public final class HcloudConfig {
  /** The token length the hcloud CLI insists on. */
  public static final int TOKEN_LENGTH = 64;

  private static final String ACTIVE = "active_context";
  private static final String CONTEXTS = "contexts";

  private final Path file;
  private final CommentedConfig doc;
  private final Set<PosixFilePermission> modeAtLoad;

  private HcloudConfig(Path file, CommentedConfig doc, Set<PosixFilePermission> modeAtLoad) {
    this.file = file;
    this.doc = doc;
    this.modeAtLoad = modeAtLoad;
  }

  /**
   * One context: a name, its API token and its endpoint preference, if any.
   *
   * @param name the context's name
   * @param token the API token; never printed ({@link #toString} leaves it out)
   * @param endpoint {@code [contexts.preferences] endpoint}, if set
   */
  public record Context(String name, String token, Optional<String> endpoint) {
    public Context {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public String toString() {
      return "Context[name=" + name + ", token=<redacted>, endpoint=" + endpoint.orElse("-") + "]";
    }
  }

  /**
   * Where the config file is: {@code HCLOUD_CONFIG}, else {@code ~/.config/hcloud/cli.toml} (the
   * home directory from {@code HOME}, else the JVM's {@code user.home}).
   */
  public static Path locate(Map<String, String> env) {
    String override = env.get("HCLOUD_CONFIG");
    if (override != null && !override.isEmpty()) {
      return Path.of(override);
    }
    String home = env.getOrDefault("HOME", "");
    if (home.isEmpty()) {
      home = System.getProperty("user.home");
    }
    return Path.of(home, ".config", "hcloud", "cli.toml");
  }

  /**
   * Reads the file; a missing file is an empty config (written on the first {@link #save}).
   *
   * @throws CliException a data error (65) naming the file when it is not valid TOML or not shaped
   *     like the hcloud CLI's config
   */
  public static HcloudConfig load(Path file) {
    CommentedConfig doc = TomlFormat.newConfig(LinkedHashMap::new);
    Set<PosixFilePermission> mode = Set.of();
    if (Files.exists(file)) {
      LineTrackingReader r = null;
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        r = new LineTrackingReader(in);
        new TomlParser().parse(r, doc, ParsingMode.REPLACE);
      } catch (ParsingException | IllegalStateException | IllegalArgumentException e) {
        // Never the parser's message: it quotes the text, and an unclosed token string is the
        // token.
        throw CliException.data(file + ":" + r.lineOfLastCharacter() + ": " + r.syntaxError());
      } catch (IOException e) {
        throw CliException.data(file + ": cannot read: " + e.getMessage());
      }
      mode = SecretFileMode.permissions(file);
    }
    HcloudConfig cfg = new HcloudConfig(file, doc, mode);
    cfg.validate();
    return cfg;
  }

  private void validate() {
    Object active = doc.get(ACTIVE);
    if (active != null && !(active instanceof String)) {
      throw CliException.data(file + ": active_context must be a string");
    }
    Object list = doc.get(CONTEXTS);
    if (list == null) {
      return;
    }
    if (!(list instanceof List<?> l)) {
      throw CliException.data(file + ": contexts must be an array of tables ([[contexts]])");
    }
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof Config c)
          || !(c.get("name") instanceof String)
          || !(c.get("token") instanceof String)) {
        throw CliException.data(
            file + ": context " + (i + 1) + " needs a string 'name' and a string 'token'");
      }
    }
  }

  /** The file this config was read from and is saved to. */
  public Path file() {
    return file;
  }

  /** {@code active_context}, if set and not empty. */
  public Optional<String> activeContextName() {
    Object v = doc.get(ACTIVE);
    return v instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
  }

  /**
   * The context in effect: {@code HCLOUD_CONTEXT} if set (as the hcloud CLI honours it), else
   * {@code active_context}; empty when neither names a context.
   */
  public Optional<String> effectiveContextName(Map<String, String> env) {
    String e = env.get("HCLOUD_CONTEXT");
    return e != null && !e.isEmpty() ? Optional.of(e) : activeContextName();
  }

  /** Every context, in file order. */
  public List<Context> contexts() {
    List<Context> out = new ArrayList<>();
    for (Config c : contextTables()) {
      Object endpoint = c.get(List.of("preferences", "endpoint"));
      out.add(
          new Context(
              c.get("name"),
              c.get("token"),
              endpoint instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty()));
    }
    return out;
  }

  /** The context called {@code name}, if there is one. */
  public Optional<Context> context(String name) {
    return contexts().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The names of every context, in file order. */
  public List<String> contextNames() {
    return contexts().stream().map(Context::name).toList();
  }

  /**
   * Adds a context at the end.
   *
   * @throws IllegalArgumentException when a context of that name exists
   */
  public void addContext(String name, String token) {
    addContext(name, token, Optional.empty());
  }

  /**
   * Adds a context at the end, with {@code [contexts.preferences] endpoint} when {@code endpoint}
   * is given.
   *
   * @throws IllegalArgumentException when a context of that name exists
   */
  public void addContext(String name, String token, Optional<String> endpoint) {
    if (context(name).isPresent()) {
      throw new IllegalArgumentException("a context named '" + name + "' already exists");
    }
    Config c = doc.createSubConfig();
    c.set("name", name);
    c.set("token", token);
    if (endpoint.isPresent()) {
      Config preferences = doc.createSubConfig();
      preferences.set("endpoint", endpoint.get());
      c.set("preferences", preferences);
    }
    List<Config> list = new ArrayList<>(contextTables());
    list.add(c);
    doc.set(CONTEXTS, list);
  }

  /**
   * Removes a context, clearing {@code active_context} when it named it; false when there was none.
   */
  public boolean removeContext(String name) {
    List<Config> list = new ArrayList<>(contextTables());
    boolean removed = list.removeIf(c -> name.equals(c.get("name")));
    if (removed) {
      if (list.isEmpty()) {
        // hcloud 1.30 cannot read "contexts = []" (the only TOML for an empty array), so drop the
        // key.
        doc.remove(CONTEXTS);
      } else {
        doc.set(CONTEXTS, list);
      }
      if (activeContextName().filter(name::equals).isPresent()) {
        doc.remove(ACTIVE);
      }
    }
    return removed;
  }

  /** Sets or clears {@code active_context}. */
  public void setActiveContext(Optional<String> name) {
    if (name.isPresent()) {
      doc.set(ACTIVE, name.get());
    } else {
      doc.remove(ACTIVE);
    }
  }

  /**
   * A warning when the file holds a token and others may read it (group or world bits set), else
   * empty. The hcloud CLI writes 0600; a looser mode usually comes from copying the file by hand.
   */
  public Optional<String> looseModeWarning() {
    boolean hasToken = contexts().stream().anyMatch(c -> !c.token().isEmpty());
    if (!hasToken) {
      return Optional.empty();
    }
    return SecretFileMode.looseModeWarning(file, "API tokens", modeAtLoad);
  }

  /** The TOML text that {@link #save} writes. */
  public String toToml() {
    TomlWriter w = new TomlWriter();
    w.setIndent("  ");
    StringWriter sw = new StringWriter();
    w.write(doc, sw);
    return sw.toString();
  }

  /**
   * Writes the file atomically with mode 0600, creating missing parent directories with mode 0750
   * (see {@link PrivateFiles#write}).
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void save() {
    PrivateFiles.write(file, toToml());
  }

  @SuppressWarnings("unchecked")
  private List<Config> contextTables() {
    Object list = doc.get(CONTEXTS);
    return list instanceof List<?> l ? (List<Config>) l : List.of();
  }
}
