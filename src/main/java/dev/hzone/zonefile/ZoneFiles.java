package dev.hzone.zonefile;

import dev.hzone.dns.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which files are zone files, and which zone each one is.
 *
 * <p>The rule for a directory (not searched recursively): a regular file is a zone file when its
 * name ends in {@code .zone} or starts with {@code db.}; dotfiles, {@code hzone.toml}, and files
 * that another zone file of the directory pulls in with {@code $INCLUDE} (fragments) are not. A
 * file given by name is always taken, whatever its name. Name fragments {@code *.inc} (or anything
 * not matching the rule) to keep them apart.
 */
public final class ZoneFiles {
  private static final Pattern INCLUDE =
      Pattern.compile(
          "(?m)^\\$INCLUDE[ \\t]+(\"([^\"]*)\"|[^ \\t;\\r\\n]+)", Pattern.CASE_INSENSITIVE);

  private ZoneFiles() {}

  /**
   * The zone files among {@code paths}: files given by name as they are, directories expanded by
   * the rule above. Sorted within each directory; no duplicates.
   *
   * @throws UncheckedIOException when a directory cannot be listed
   * @throws IllegalArgumentException when a path does not exist
   */
  public static List<Path> find(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        for (Path f : inDirectory(p)) {
          if (seen.add(f.toAbsolutePath().normalize())) {
            out.add(f);
          }
        }
      } else if (Files.isRegularFile(p)) {
        if (seen.add(p.toAbsolutePath().normalize())) {
          out.add(p);
        }
      } else {
        throw new IllegalArgumentException(p + ": no such file or directory");
      }
    }
    return out;
  }

  /**
   * Whether a file of this name in a zone directory is taken as a zone file (before fragments are
   * removed).
   */
  public static boolean looksLikeZoneFile(String fileName) {
    if (fileName.startsWith(".") || fileName.equals("hzone.toml")) {
      return false;
    }
    return (fileName.endsWith(".zone") && fileName.length() > ".zone".length())
        || (fileName.startsWith("db.") && fileName.length() > "db.".length());
  }

  /**
   * The zone a file is named after: {@code example.com.zone}, {@code db.example.com}, or a bare
   * {@code example.com}; IDN names become punycode. Empty when the name says nothing (no dot in
   * it).
   */
  public static Optional<String> zoneNameOf(Path file) {
    Path fn = file.getFileName();
    if (fn == null) {
      return Optional.empty();
    }
    String n = fn.toString();
    if (n.endsWith(".zone")) {
      n = n.substring(0, n.length() - ".zone".length());
    } else if (n.startsWith("db.")) {
      n = n.substring("db.".length());
    }
    if (!n.contains(".")
        || n.startsWith(".")
        || n.endsWith(".")
        || n.contains("..")
        || n.contains(" ")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Names.zoneName(n));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Path> inDirectory(Path dir) {
    TreeSet<Path> candidates = new TreeSet<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(f -> looksLikeZoneFile(f.getFileName().toString())).forEach(candidates::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    candidates.removeIf(f -> !insideAndRegular(dir, f));
    // Fragments are the files a zone file of the directory reaches through $INCLUDE. Files that
    // only
    // include each other (or themselves), reached from no zone file, stay zone files, so that
    // reading them
    // reports the cycle at its line instead of the directory seeming to hold no zone at all.
    Map<Path, Set<Path>> includes = new HashMap<>();
    Set<Path> includedByAnother = new HashSet<>();
    for (Path f : candidates) {
      Path self = f.toAbsolutePath().normalize();
      Set<Path> targets = includedBy(f);
      targets.remove(self);
      includes.put(self, targets);
      includedByAnother.addAll(targets);
    }
    Set<Path> fragments = new HashSet<>();
    Deque<Path> todo = new ArrayDeque<>();
    for (Path f : candidates) {
      Path self = f.toAbsolutePath().normalize();
      if (!includedByAnother.contains(self)) {
        todo.addAll(includes.get(self));
      }
    }
    while (!todo.isEmpty()) {
      Path p = todo.pop();
      if (fragments.add(p)) {
        todo.addAll(includes.getOrDefault(p, Set.of()));
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path f : candidates) {
      if (!fragments.contains(f.toAbsolutePath().normalize())) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether a file found in {@code dir} is a regular file that resolves inside it. A link out of
   * the directory is an error, not skipped: a pull request could plant {@code env.com.zone ->
   * /proc/self/environ} so that parse errors print the runner's environment, the rule {@code
   * $INCLUDE} has.
   */
  private static boolean insideAndRegular(Path dir, Path f) {
    Path real;
    Path dirReal;
    try {
      real = f.toRealPath();
      dirReal = dir.toRealPath();
    } catch (IOException e) {
      return false; // a dangling link: no file to read
    }
    if (!real.startsWith(dirReal)) {
      throw new IllegalArgumentException(
          f
              + ": a link to a file outside "
              + dir
              + "; hzone reads only zone files"
              + " inside the zone directory: copy the file in, or remove the link");
    }
    return Files.isRegularFile(real);
  }

  /**
   * The files {@code f} names in {@code $INCLUDE} lines, resolved like the reader resolves them.
   */
  private static Set<Path> includedBy(Path f) {
    Set<Path> out = new HashSet<>();
    String text;
    try {
      text = Files.readString(f, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return out; // reading it as a zone will report the problem
    }
    Matcher m = INCLUDE.matcher(text);
    while (m.find()) {
      String name = m.group(2) != null ? m.group(2) : m.group(1);
      Path parent = f.toAbsolutePath().getParent();
      try {
        out.add(parent.resolve(name).normalize());
      } catch (InvalidPathException e) {
        // not a file name: reading the zone reports it at its line
      }
    }
    return out;
  }
}
