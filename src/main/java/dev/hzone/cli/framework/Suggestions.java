package dev.hzone.cli.framework;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for mistyped command words, by edit distance. */
public final class Suggestions {
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

  private Suggestions() {}

  /** The closest candidate within three edits (or a candidate the word is a prefix of), if any. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = DISTANCE.apply(word, c);
      if (d < 0 && c.startsWith(word) && word.length() >= 2) {
        d = 2;
      }
      if (d >= 0 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The usage message for an unknown word, with a suggestion where one is close. */
  public static String unknown(
      String what, String word, Collection<String> candidates, String helpCommand) {
    StringBuilder sb = new StringBuilder("unknown " + what + " '" + word + "'");
    closest(word, candidates).ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
    sb.append(" (see '").append(helpCommand).append(" --help')");
    return sb.toString();
  }
}
