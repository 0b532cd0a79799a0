package dev.hzone.cli.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One input for hzone: files to write into a fresh directory, the command to run there, and whether
 * the input is known to be bad (it must then be refused) or is a mutation that may by chance still
 * be good.
 *
 * @param name what the case is, for messages
 * @param files relative path to content (a {@link Content})
 * @param args the command after the global options, e.g. {@code plan zones/}
 * @param knownBad whether the input must be refused with exit 65
 */
public record FuzzCase(
    String name, Map<String, Content> files, List<String> args, boolean knownBad) {

  /** A file's content: bytes, or a generator for files too big to hold (the 100 MB line). */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;

    static Content of(byte[] bytes) {
      return out -> out.write(bytes);
    }

    static Content of(String text) {
      return of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public FuzzCase {
    Objects.requireNonNull(name, "name");
    files = new LinkedHashMap<>(files);
    args = List.copyOf(args);
  }

  /** A bad zone file {@code zones/example.com.zone} run through {@code plan}. */
  public static FuzzCase badZone(String name, String text) {
    return new FuzzCase(
        name, Map.of("zones/example.com.zone", Content.of(text)), List.of("plan", "zones/"), true);
  }

  /** A case with more files, e.g. an include. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Writes the files under {@code dir}; returns the paths written. */
  public List<Path> write(Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      for (Map.Entry<String, Content> f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        try (OutputStream os =
            new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
          f.getValue().writeTo(os);
        }
        out.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Builds a case file by file. */
  public static final class Builder {
    private final String name;
    private final Map<String, Content> files = new LinkedHashMap<>();
    private List<String> args = List.of("plan", "zones/");
    private boolean knownBad = true;

    private Builder(String name) {
      this.name = name;
    }

    public Builder file(String path, String text) {
      files.put(path, Content.of(text));
      return this;
    }

    public Builder file(String path, byte[] bytes) {
      files.put(path, Content.of(bytes));
      return this;
    }

    public Builder file(String path, Content content) {
      files.put(path, content);
      return this;
    }

    public Builder args(String... a) {
      this.args = List.of(a);
      return this;
    }

    /** A mutation that may still be good input. */
    public Builder mayBeGood() {
      this.knownBad = false;
      return this;
    }

    public FuzzCase build() {
      return new FuzzCase(name, files, args, knownBad);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
