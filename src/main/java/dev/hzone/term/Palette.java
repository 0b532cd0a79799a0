package dev.hzone.term;

/**
 * ANSI colours for people at a terminal, and plain text otherwise: the one place escape sequences
 * are written, for the command line's messages and the plan printer alike. Whoever builds it
 * decides whether colour is on (the command line: {@code --no-color}, {@code NO_COLOR}, no TTY all
 * turn it off):
 *
 * <pre>{@code
 * Palette p = new Palette(true);
 * System.err.println(p.ok("done") + " zone example.com created");
 * }</pre>
 *
 * @param enabled whether escape sequences are written
 */
public record Palette(boolean enabled) {
  private static final String RESET = "\u001b[0m";

  /** Success: green. */
  public String ok(String s) {
    return paint("32", s);
  }

  /** Failure: red. */
  public String bad(String s) {
    return paint("31", s);
  }

  /** Caution: yellow. */
  public String warn(String s) {
    return paint("33", s);
  }

  /** A line or value being added: green. */
  public String added(String s) {
    return paint("32", s);
  }

  /** A line or value being removed: red. */
  public String removed(String s) {
    return paint("31", s);
  }

  /** Emphasis. */
  public String bold(String s) {
    return paint("1", s);
  }

  /** Less important text. */
  public String dim(String s) {
    return paint("2", s);
  }

  private String paint(String code, String s) {
    return enabled && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
