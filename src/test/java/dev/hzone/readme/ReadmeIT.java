package dev.hzone.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorOptions;
import dev.hzone.testing.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README is a test: every {@code sh} block of README.md, samples/*.md and the help topic {@code
 * cloud} runs, top to bottom, in one bash per block, as a reader following the file would run it.
 * Where a {@code text} block follows, the block's output (stdout and stderr) must show it ({@link
 * MarkdownBlocks#mismatch}).
 *
 * <p>What the reader has, the test gives each file, all on this machine: a copy of {@code zones/}
 * and {@code samples/} as the working directory, {@code hzone} (and {@code ./hzone}) running the
 * built jar, a token for an emulator on a loopback port in {@code HCLOUD_TOKEN} and {@code
 * HCLOUD_ENDPOINT} (and in {@code ~/.hcloud-token}), an empty home and hcloud config, and a Git
 * repository. Every command must exit 0 except the last of a block marked {@code <!-- exit: N -->};
 * a block marked {@code <!-- not-run: REASON -->} is listed, not run.
 */
class ReadmeIT {
  private static final String TOKEN = "readme0test0token0".repeat(4).substring(0, 64);
  private static final Duration BLOCK_TIMEOUT = Duration.ofMinutes(5);

  @TempDir Path tmp;

  private record Failure(String where, String message, String output) {}

  @Test
  void everyShellBlockOfTheReadmeAndTheSamplesRuns() throws Exception {
    for (String tool : List.of("bash", "dig", "jq", "git", "ssh-keygen", "tsig-keygen", "hcloud")) {
      Tools.require(tool);
    }
    Path repo = Path.of("").toAbsolutePath();
    Path jar = repo.resolve("target/hzone.jar");
    assertTrue(
        Files.isRegularFile(jar), "target/hzone.jar is missing: ReadmeIT runs in 'mvn verify'");
    // The help topic of the Cloud commands holds their examples; they run here as the README's do.
    List<Path> docs =
        new ArrayList<>(
            List.of(
                repo.resolve("README.md"),
                repo.resolve("src/main/resources/dev/hzone/cli/help/cloud.txt")));
    try (Stream<Path> s = Files.list(repo.resolve("samples"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Failure> failures = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    int run = 0;
    for (Path doc : docs) {
      String name = repo.relativize(doc).toString();
      MarkdownBlocks md = MarkdownBlocks.parse(Files.readString(doc));
      Path dir = Files.createDirectories(tmp.resolve(name.replace('/', '_')));
      Env env = prepare(repo, dir);
      InetAddress lo = InetAddress.getLoopbackAddress();
      try (Emulator emu =
          Emulator.builder(
                  EmulatorOptions.defaults()
                      .withListen(new InetSocketAddress(lo, 0))
                      .withDnsListen(new InetSocketAddress(lo, 0))
                      .withToken(TOKEN)
                      .withActionDuration(Duration.ZERO))
              .start()) {
        env.vars().put("HCLOUD_ENDPOINT", emu.apiEndpoint().toString());
        for (MarkdownBlocks.Block b : md.blocks()) {
          String where = name + ":" + b.line();
          if (b.lang().isEmpty() && b.body().stream().anyMatch(l -> l.startsWith("hzone "))) {
            failures.add(
                new Failure(
                    where,
                    "a block of hzone commands without a language: mark it ```sh "
                        + "(run) or ```text (output)",
                    ""));
          }
          if (!b.lang().equals("sh")) {
            continue;
          }
          if (b.notRun().isPresent()) {
            notRun.add(where + ": " + b.notRun().get());
            continue;
          }
          run++;
          runBlock(b, where, dir, env, failures);
        }
      }
    }
    StringBuilder report = new StringBuilder();
    report
        .append("README test: ")
        .append(run)
        .append(" blocks run, ")
        .append(notRun.size())
        .append(" not run:\n");
    notRun.forEach(n -> report.append("  ").append(n).append('\n'));
    System.out.print(report);
    Path out = Files.createDirectories(repo.resolve("target/readme"));
    Files.writeString(out.resolve("summary.txt"), report);
    if (!failures.isEmpty()) {
      StringBuilder sb = new StringBuilder(failures.size() + " README block(s) failed:\n");
      for (Failure f : failures) {
        sb.append("\n== ").append(f.where()).append(": ").append(f.message()).append('\n');
        String o = f.output();
        sb.append(o.length() > 4000 ? "…" + o.substring(o.length() - 4000) : o);
      }
      fail(sb.toString());
    }
  }

  private record Env(Map<String, String> vars) {}

  private static Env prepare(Path repo, Path dir) throws IOException {
    copyTree(repo.resolve("zones"), dir.resolve("zones"));
    copyTree(repo.resolve("samples"), dir.resolve("samples"));
    Files.createDirectories(dir.resolve("target"));
    Files.createSymbolicLink(dir.resolve("target/hzone.jar"), repo.resolve("target/hzone.jar"));
    Path bin = Files.createDirectories(dir.resolve(".readme-test/bin"));
    Path home = Files.createDirectories(dir.resolve(".readme-test/home"));
    Files.writeString(home.resolve(".hcloud-token"), TOKEN + "\n");
    // hzone runs the built jar, never the launcher's build (mvn verify must not recurse).
    Path jsa = repo.resolve("target/hzone.jsa");
    String shim =
        "#!/usr/bin/env bash\nexec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
            + (Files.isRegularFile(jsa) ? " -XX:SharedArchiveFile=" + jsa : "")
            + " ${HZONE_JAVA_OPTS:-} -jar "
            + repo.resolve("target/hzone.jar")
            + " \"$@\"\n";
    for (Path p : List.of(bin.resolve("hzone"), dir.resolve("hzone"))) {
      Files.writeString(p, shim);
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.writeString(dir.resolve(".readme-test/yes"), "yes\n".repeat(20));
    Files.writeString(dir.resolve(".gitignore"), ".readme-test/\n.hzone/\nhzone\ntarget/\n");
    Map<String, String> vars = new java.util.HashMap<>(System.getenv());
    vars.keySet()
        .removeIf(
            k -> k.startsWith("HCLOUD_") || k.startsWith("HZONE_") || k.startsWith("CERTBOT_"));
    vars.put(
        "PATH",
        bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin");
    vars.put("HOME", home.toString());
    vars.put("HCLOUD_TOKEN", TOKEN);
    vars.put("NO_COLOR", "1");
    vars.put("GIT_AUTHOR_NAME", "README test");
    vars.put("GIT_AUTHOR_EMAIL", "readme@example.com");
    vars.put("GIT_COMMITTER_NAME", "README test");
    vars.put("GIT_COMMITTER_EMAIL", "readme@example.com");
    Env env = new Env(vars);
    run(List.of("git", "init", "-q", "-b", "main"), dir, env);
    run(List.of("git", "add", "-A"), dir, env);
    run(List.of("git", "commit", "-q", "-m", "the reader's repository"), dir, env);
    return env;
  }

  private static void run(List<String> cmd, Path dir, Env env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env.vars());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", cmd) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /**
   * The block as one bash script: each command's exit code checked, stdin answering "yes" to any
   * question.
   */
  static String script(MarkdownBlocks.Block b, Path yes) {
    StringBuilder s = new StringBuilder();
    s.append("set -o pipefail\n");
    s.append("trap 'kill $(jobs -p) 2>/dev/null' EXIT\n");
    s.append(
        "__readme_check() { if [ \"$1\" != \"$3\" ]; then echo \"README test: the command at line $2 "
            + "exited $1, expected $3\" >&2; exit 99; fi; }\n");
    List<MarkdownBlocks.Command> cmds = MarkdownBlocks.commands(b);
    for (int i = 0; i < cmds.size(); i++) {
      MarkdownBlocks.Command c = cmds.get(i);
      int want = i == cmds.size() - 1 ? b.exit() : 0;
      s.append("{ ").append(c.text()).append("\n} < '").append(yes).append("'\n");
      s.append("__readme_check $? ").append(c.line()).append(' ').append(want).append('\n');
    }
    return s.toString();
  }

  private static void runBlock(
      MarkdownBlocks.Block b, String where, Path dir, Env env, List<Failure> failures)
      throws IOException, InterruptedException {
    Path script = dir.resolve(".readme-test/block-" + b.line() + ".sh");
    Files.writeString(script, script(b, dir.resolve(".readme-test/yes")));
    ProcessBuilder pb =
        new ProcessBuilder("bash", script.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env.vars());
    Path log = dir.resolve(".readme-test/block-" + b.line() + ".out");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(BLOCK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      failures.add(
          new Failure(
              where,
              "did not finish within " + BLOCK_TIMEOUT.toMinutes() + " minutes",
              Files.readString(log)));
      return;
    }
    String out = Files.readString(log);
    if (p.exitValue() != 0) {
      failures.add(new Failure(where, "exit " + p.exitValue(), out));
      return;
    }
    if (b.expected().isPresent()) {
      MarkdownBlocks.mismatch(b.expected().get(), out)
          .ifPresent(
              m ->
                  failures.add(
                      new Failure(where, "the output does not show the text block: " + m, out)));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
