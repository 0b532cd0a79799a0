package dev.hzone.cli;

import dev.hzone.cli.framework.Invocation;

/**
 * ANSI colours for people at a terminal, and plain text otherwise. Whether colour is on comes from
 * {@link GlobalOptions#color()} ({@code --no-color}, {@code NO_COLOR}, no TTY all turn it off), so commands
 * never decide it themselves:
 *
 * <pre>{@code
 * Palette p = Palette.of(inv);
 * inv.err().println(p.ok("done") + " zone example.com created");
 * }</pre>
 *
 * @param enabled whether escape sequences are written
 */
public record Palette(boolean enabled) {
  private static final String RESET = "\u001b[0m";

  /** The palette for this invocation. */
  public static Palette of(Invocation inv) {
    return new Palette(inv.globals().color());
  }

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
