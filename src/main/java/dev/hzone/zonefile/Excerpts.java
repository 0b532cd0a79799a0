package dev.hzone.zonefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text from an input file safe to repeat in a message: messages go to CI logs and
 * pull-request comments, and a zone file or setting may hold (by mistake or by a link planted in a
 * pull request) an API token, a TSIG secret or a whole environment. Quoted content is cut to a
 * short excerpt, control characters are replaced, and what looks like a secret is replaced by
 * {@value #REDACTED}: the value of an {@code UPPER_CASE=value} assignment, and any run of 32 or
 * more token characters (letters, digits, {@code +/=_-}) that mixes letters and digits, as API
 * tokens, base64 secrets and hex keys do (an absolute path such as {@code /tmp/junit-123.../f} is
 * kept).
 */
public final class Excerpts {
  /** What replaces a secret. */
  public static final String REDACTED = "[redacted]";

  /** Quoted content longer than this is cut to {@link #KEEP} characters. */
  static final int MAX_QUOTED = 48;

  static final int KEEP = 32;

  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]{1,})=([^\\s'\"]+)");
  private static final Pattern TOKEN_RUN = Pattern.compile("[A-Za-z0-9+/=_-]{32,}");
  private static final Pattern QUOTED =
      Pattern.compile("(?<![A-Za-z0-9])(?:'([^'\\n]*)'|\"([^\"\\n]*)\")(?![A-Za-z0-9])");

  private Excerpts() {}

  /** {@code text} with quoted content cut, control characters replaced and secrets redacted. */
  public static String safe(String text) {
    if (text == null) {
      return null;
    }
    String s = controls(text);
    s = redact(s);
    return cutQuoted(s);
  }

  /** Whether {@code text} holds something {@link #safe} would redact. */
  public static boolean looksSecret(String text) {
    return !redact(text).equals(text);
  }

  private static String controls(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
      if (bad && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? ' ' : c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String redact(String s) {
    Matcher a = ASSIGNMENT.matcher(s);
    String out = a.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=" + REDACTED));
    Matcher t = TOKEN_RUN.matcher(out);
    return t.replaceAll(
        m ->
            mixed(m.group()) && !path(m.group())
                ? Matcher.quoteReplacement(REDACTED)
                : Matcher.quoteReplacement(m.group()));
  }

  /**
   * An absolute path of several parts, such as a temporary directory's: not a secret (base64 has no
   * dots).
   */
  private static boolean path(String run) {
    return run.startsWith("/") && run.indexOf('/', 1) > 0 && !run.endsWith("=");
  }

  private static boolean mixed(String run) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    return letter && digit;
  }

  private static String cutQuoted(String s) {
    Matcher q = QUOTED.matcher(s);
    return q.replaceAll(
        m -> {
          String quote = m.group().substring(0, 1);
          String inner = m.group(1) != null ? m.group(1) : m.group(2);
          if (inner.length() <= MAX_QUOTED) {
            return Matcher.quoteReplacement(m.group());
          }
          return Matcher.quoteReplacement(quote + inner.substring(0, KEEP) + "..." + quote);
        });
  }
}
