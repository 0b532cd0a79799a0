package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTest {
  @TempDir Path dir;

  @Test
  void asksOnStderrAndReadsOneTrimmedLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Invocation inv = invocation("  yes \nno\n", err);
    assertEquals(Optional.of("yes"), Prompt.ask(inv, "Go? "));
    assertEquals("Go? ", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noAnswerWhenStdinHasEndedAndTheQuestionsLineIsEnded() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(Optional.empty(), Prompt.ask(invocation("", err), "Go? "));
    assertEquals("Go? " + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void yesIsYOrYesInAnyCase() {
    assertTrue(Prompt.isYes("y"));
    assertTrue(Prompt.isYes("YES"));
    assertFalse(Prompt.isYes("yep"));
    assertFalse(Prompt.isYes(""));
  }

  private Invocation invocation(String stdin, ByteArrayOutputStream err) {
    GlobalOptions g =
        new GlobalOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            dir,
            OutputOptions.table(),
            false,
            false);
    return new Invocation(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        Map.of(),
        dir,
        g,
        new Resources());
  }
}
