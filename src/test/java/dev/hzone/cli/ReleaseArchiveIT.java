package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} builds runs with a Java runtime alone: unpacked
 * elsewhere, with a PATH that has java and a few core utilities but no Maven, {@code bin/hzone
 * --version} and a {@code --local} command work, and the first run makes the AppCDS archive for
 * that place (issue 15, "Getting started").
 */
class ReleaseArchiveIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(Path cwd, Path path, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", path.toString());
    pb.environment().put("HOME", dir.toString());
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time: " + String.join(" ", command));
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** A PATH directory with java and the utilities the launcher uses, nothing else (no mvn). */
  private Path minimalPath() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.createSymbolicLink(bin.resolve("java"), java);
    for (String tool :
        List.of(
            "bash",
            "readlink",
            "dirname",
            "basename",
            "cksum",
            "cut",
            "mkdir",
            "rm",
            "flock",
            "printf")) {
      for (String d : List.of("/usr/bin", "/bin")) {
        if (Files.isExecutable(Path.of(d, tool)) && !Files.exists(bin.resolve(tool))) {
          Files.createSymbolicLink(bin.resolve(tool), Path.of(d, tool));
        }
      }
    }
    return bin;
  }

  @Test
  void theUnpackedArchiveRunsWithJavaAlone() throws Exception {
    Path archive;
    try (var s = Files.list(Path.of("target"))) {
      archive =
          s.filter(f -> f.getFileName().toString().matches("hzone-.+\\.tar\\.gz"))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("mvn package builds target/hzone-VERSION.tar.gz"))
              .toAbsolutePath();
    }
    String name = archive.getFileName().toString();
    String version = name.substring("hzone-".length(), name.length() - ".tar.gz".length());
    Path install = Files.createDirectories(dir.resolve("opt"));
    Run untar = run(install, Path.of("/usr/bin:/bin"), "tar", "-xzf", archive.toString());
    assertEquals(0, untar.code(), untar.err());
    Path home = install.resolve("hzone-" + version);
    List<String> entries = new ArrayList<>();
    try (var s = Files.walk(home)) {
      s.filter(Files::isRegularFile).forEach(f -> entries.add(home.relativize(f).toString()));
    }
    assertTrue(
        entries.containsAll(
            List.of("bin/hzone", "lib/hzone.jar", "lib/hzone.classlist", "README.md")),
        entries.toString());
    assertTrue(Files.isExecutable(home.resolve("bin/hzone")));

    Path path = minimalPath();
    Path work = Files.createDirectories(dir.resolve("work"));
    Run v = run(work, path, home.resolve("bin/hzone").toString(), "--version");
    assertEquals(0, v.code(), v.err());
    assertEquals("hzone " + version + "\n", v.out());
    assertTrue(
        Files.isRegularFile(home.resolve("lib/hzone.jsa")),
        "the first run made the AppCDS archive");

    Run local =
        run(
            work,
            path,
            home.resolve("bin/hzone").toString(),
            "--local",
            "zone",
            "create",
            "example.com");
    assertEquals(0, local.code(), local.out() + local.err());
    assertTrue(local.out().startsWith("Zone example.com created"), local.out());
    assertTrue(
        Files.isDirectory(work.resolve(".hzone/local")),
        "--local keeps its state in .hzone/ of the cwd");
    assertEquals(
        "",
        local.err().replaceAll("(?m)^warning: .*\\n", ""),
        new String(local.err().getBytes(), StandardCharsets.UTF_8));
  }
}
