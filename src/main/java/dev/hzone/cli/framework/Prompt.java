package dev.hzone.cli.framework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks the user before a command changes something: the question on stderr (stdout stays for
 * results), the answer one line of stdin. Every command that confirms asks through here; each
 * decides which answers go ahead and what to say when there is none.
 */
public final class Prompt {
  private Prompt() {}

  /**
   * Prints {@code question} on stderr and reads one line of stdin.
   *
   * @return the answer, trimmed; empty when stdin has ended (the question's line is then ended on
   *     stderr) or cannot be read
   */
  public static Optional<String> ask(Invocation inv, String question) {
    inv.err().print(question);
    inv.err().flush();
    try {
      String line =
          new BufferedReader(new InputStreamReader(inv.in(), StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        inv.err().println();
        return Optional.empty();
      }
      return Optional.of(line.trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code answer} is {@code y} or {@code yes}, in any case. */
  public static boolean isYes(String answer) {
    String a = answer.toLowerCase(Locale.ROOT);
    return a.equals("y") || a.equals("yes");
  }
}
