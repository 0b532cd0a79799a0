package dev.hzone.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the README test reads a Markdown file: blocks, markers, expected output, commands. */
class MarkdownBlocksTest {
  private static final String DOC =
      """
      # Title

      ```sh
      hzone zone list            # a comment
      # only a comment
      hzone record add example.com www A \\
          203.0.113.7
      ```
      ```text
      Zone example.com …
      ```

      <!-- not-run: asks a public CA -->
      ```sh
      certbot certonly
      ```

      <!-- exit: 65 -->
      ```sh
      hzone file check bad.zone
      ```

      Some prose.

      ```text
      not an expected output: prose stands between
      ```
      ```java
      int x;
      ```
      """;

  @Test
  void blocksCarryTheirMarkersAndExpectedOutput() {
    List<MarkdownBlocks.Block> b = MarkdownBlocks.parse(DOC).blocks();
    assertEquals(
        List.of("sh", "text", "sh", "sh", "text", "java"),
        b.stream().map(MarkdownBlocks.Block::lang).toList());
    assertEquals(3, b.get(0).line());
    assertEquals(Optional.of(List.of("Zone example.com …")), b.get(0).expected());
    assertEquals(Optional.of("asks a public CA"), b.get(2).notRun());
    assertEquals(0, b.get(2).exit());
    assertEquals(65, b.get(3).exit());
    assertTrue(b.get(3).notRun().isEmpty());
    assertTrue(b.get(3).expected().isEmpty(), "prose between: not its output");
  }

  @Test
  void commandsJoinContinuationsAndSkipCommentLines() {
    List<MarkdownBlocks.Command> c =
        MarkdownBlocks.commands(MarkdownBlocks.parse(DOC).blocks().get(0));
    assertEquals(2, c.size());
    assertEquals(4, c.get(0).line());
    assertEquals("hzone zone list            # a comment", c.get(0).text());
    assertEquals(6, c.get(1).line());
    assertEquals("hzone record add example.com www A      203.0.113.7", c.get(1).text());
  }

  @Test
  void expectedLinesMatchInOrderWithEllipsisForAnyText() {
    String out = "Waiting ...\nZone example.com created (id 7)\nNameservers: a, b\n";
    assertTrue(
        MarkdownBlocks.mismatch(List.of("Zone … created…", "…", "Nameservers: …"), out).isEmpty());
    assertFalse(
        MarkdownBlocks.mismatch(List.of("Nameservers: …", "Zone … created…"), out).isEmpty(),
        "order matters");
    assertFalse(MarkdownBlocks.mismatch(List.of("Zone example.org created…"), out).isEmpty());
    assertFalse(
        MarkdownBlocks.mismatch(List.of("created"), out).isEmpty(),
        "a line matches whole, not a part");
  }

  private static ProcessResult bash(String markdown, Path dir) throws Exception {
    MarkdownBlocks.Block b = MarkdownBlocks.parse(markdown).blocks().get(0);
    Path yes = dir.resolve("yes");
    Files.writeString(yes, "yes\n");
    Path script = dir.resolve("block.sh");
    Files.writeString(script, ReadmeIT.script(b, yes));
    Process p =
        new ProcessBuilder("bash", script.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return new ProcessResult(p.waitFor(), out);
  }

  private record ProcessResult(int code, String out) {}

  @Test
  void aFailingCommandFailsItsBlockNamingTheLine(@TempDir Path dir) throws Exception {
    ProcessResult r = bash("```sh\ntrue\nfalse   # broken\necho never\n```\n", dir);
    assertEquals(99, r.code());
    assertTrue(r.out().contains("the command at line 3 exited 1, expected 0"), r.out());
    assertFalse(r.out().contains("never"), "the block stops at the first failure");
  }

  @Test
  void theExitMarkerAppliesToTheLastCommandOnlyAndQuestionsGetYes(@TempDir Path dir)
      throws Exception {
    assertEquals(
        0, bash("<!-- exit: 3 -->\n```sh\nread a; test \"$a\" = yes\n(exit 3)\n```\n", dir).code());
    assertEquals(99, bash("<!-- exit: 3 -->\n```sh\n(exit 3)\ntrue\n```\n", dir).code());
    assertEquals(
        99, bash("<!-- exit: 3 -->\n```sh\ntrue\n```\n", dir).code(), "0 where 3 was promised");
  }

  @Test
  void anUnclosedBlockIsAnError() {
    try {
      MarkdownBlocks.parse("```sh\nhzone zone list\n");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("line 1"), e.getMessage());
      return;
    }
    throw new AssertionError("an unclosed block was accepted");
  }
}
