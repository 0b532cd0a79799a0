package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script in a real bash: it loads without a word on stderr, registers itself, and
 * completes commands, verbs and options as a user's TAB would ({@code COMP_WORDS}/{@code
 * COMP_CWORD}, then the function {@code complete -p} names), and file names for options that take
 * files.
 */
class CompletionScriptIT {
  @TempDir Path dir;

  private record Shell(int code, String out, String err) {}

  private Shell bash(Path script, String commands) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Tools.require("bash"),
            "--norc",
            "--noprofile",
            "-c",
            "source " + script + "\n" + commands);
    pb.directory(dir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.redirectOutput(dir.resolve("out").toFile());
    pb.redirectError(dir.resolve("err").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    return new Shell(
        p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
  }

  /** What TAB offers after {@code line} (the last word is the one completed). */
  private static String complete(String line) {
    List<String> words = new java.util.ArrayList<>(List.of(line.split(" ", -1)));
    StringBuilder sb = new StringBuilder("COMP_WORDS=(");
    for (String w : words) {
      sb.append('\'').append(w).append("' ");
    }
    sb.append(")\nCOMP_CWORD=").append(words.size() - 1).append('\n');
    sb.append("COMP_LINE='").append(line).append("'\n");
    sb.append("fn=$(complete -p hzone | sed -e 's/.*-F \\([^ ]*\\).*/\\1/')\n");
    sb.append("$fn\n");
    sb.append("echo \"${COMPREPLY[*]}\"\n");
    return sb.toString();
  }

  private Path script(String shell) throws Exception {
    CliRun r = CliRun.run(dir, Map.of(), "completion", shell);
    assertEquals(0, r.code(), r.transcript());
    Path p = dir.resolve("hzone." + shell);
    Files.writeString(p, r.out(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void bashLoadsItAndCompletesZoToZone() throws Exception {
    Shell s = bash(script("bash"), "complete -p hzone\n" + complete("hzone zo"));
    assertEquals(0, s.code(), s.err());
    assertEquals("", s.err(), "loading prints nothing on stderr");
    assertEquals("complete -F _hzone hzone\nzone\n", s.out());
  }

  @Test
  void completesVerbsOptionsAndFiles() throws Exception {
    Files.writeString(dir.resolve("cloud-init.yml"), "#cloud-config\n");
    Path script = script("bash");
    assertEquals("create create-image\n", bash(script, complete("hzone server cre")).out());
    assertEquals(
        "--status --selector --sort\n", bash(script, complete("hzone server list --s")).out());
    assertEquals(
        "add-label add-service add-target\n",
        bash(script, complete("hzone --local load-balancer add-")).out());
    assertEquals(
        "set set-ttl set-comment set-self\n", bash(script, complete("hzone record set")).out());
    assertEquals("--local --local-state\n", bash(script, complete("hzone --loc")).out());
    assertEquals(
        "cloud-init.yml\n",
        bash(script, complete("hzone server create --user-data-from-file cloud")).out());
    assertEquals("--detailed-exitcode\n", bash(script, complete("hzone -o json plan --de")).out());
    assertEquals(
        "\n", bash(script, complete("hzone server create --name ")).out(), "a name is not a file");
    // The hcloud CLI's nested zone rrset (and its alias record) complete their verbs and options.
    assertEquals("rrset\n", bash(script, complete("hzone zone rr")).out());
    assertEquals("add-records add-label\n", bash(script, complete("hzone zone rrset add")).out());
    assertEquals(
        "--record --records-file\n",
        bash(script, complete("hzone zone record set-records --rec")).out());
  }

  @Test
  void theZshScriptDefinesTheSameFunctionBehindBashcompinit() throws Exception {
    String zsh = Files.readString(script("zsh"));
    assertTrue(zsh.startsWith("#compdef hzone\n"), zsh);
    assertTrue(zsh.contains("bashcompinit") && zsh.contains("complete -F _hzone hzone"), zsh);
    Path bashPart = dir.resolve("zsh-as-bash");
    // Without zsh here, bash checks that the function part parses and completes the same way.
    Files.writeString(bashPart, zsh.replaceAll("(?m)^autoload .*$", ""));
    assertEquals("zone\n", bash(bashPart, complete("hzone zo")).out());
  }
}
