package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (2): in the sample CI workflows the plan job of a pull request (whose zone files the
 * author controls, and whose messages are posted as a comment) gets the read-only token and never
 * the write token.
 */
class SampleWorkflowTokensTest {
  /** GitLab's write token variable, read in a script; not the read-only one. */
  private static final Pattern WRITE_TOKEN = Pattern.compile("\\$\\{?HCLOUD_TOKEN(?!_READONLY)\\b");

  private static String job(Path file, String job, String next) throws Exception {
    String text = Files.readString(file);
    int start = text.indexOf("\n" + job + ":\n");
    int end = text.indexOf("\n" + next + ":\n", start + 1);
    assertTrue(start >= 0 && end > start, file + " has jobs " + job + " and " + next);
    return text.substring(start, end);
  }

  @Test
  void gitHubPlanJobUsesOnlyTheReadOnlyToken() throws Exception {
    String plan = job(Path.of("samples/github-actions/zones.yml"), "  plan", "  apply");
    assertTrue(plan.contains("HCLOUD_TOKEN: ${{ secrets.HCLOUD_TOKEN_READONLY }}"), plan);
    assertFalse(
        Pattern.compile("secrets\\.HCLOUD_TOKEN(?!_READONLY)\\b").matcher(plan).find(), plan);
    assertFalse(plan.contains("|| secrets."), plan);
  }

  @Test
  void gitLabPlanJobUsesOnlyTheReadOnlyToken() throws Exception {
    String plan = job(Path.of("samples/gitlab-ci/.gitlab-ci.yml"), "plan", "apply");
    assertTrue(plan.contains("HCLOUD_TOKEN=\"$HCLOUD_TOKEN_READONLY\""), plan);
    assertFalse(WRITE_TOKEN.matcher(plan).find(), plan);
  }
}
