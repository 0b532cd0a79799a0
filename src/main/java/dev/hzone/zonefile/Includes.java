package dev.hzone.zonefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * Resolves {@code $INCLUDE}: relative to the including file (or to the zone directory, per {@link
 * IncludePolicy}), never outside the zone directory, never in a cycle.
 */
final class Includes {
  /** What to do with an included file's bytes. */
  interface Body {
    void read(byte[] data, String display, Source source);
  }

  private final IncludePolicy policy;

  /** The zone directory, real path; null when reading text without a directory. */
  private final Path baseReal;

  /** The zone directory as the user named it, for messages. */
  private final Path baseDisplay;

  private final Deque<Path> stack = new ArrayDeque<>();
  private final ReadBudget budget;

  Includes(IncludePolicy policy, Path baseReal, Path baseDisplay) {
    this(policy, baseReal, baseDisplay, ReadBudget.unlimited());
  }

  Includes(IncludePolicy policy, Path baseReal, Path baseDisplay, ReadBudget budget) {
    this.policy = policy;
    this.baseReal = baseReal;
    this.baseDisplay = baseDisplay;
    this.budget = budget;
  }

  /** Marks the top-level file, so that including it again is seen as a cycle. */
  void enter(Path real) {
    if (real != null) {
      stack.push(real);
    }
  }

  void include(Entry e, Source from, Body body) {
    if (policy == IncludePolicy.DENY) {
      throw new ParseProblem(
          "include", "$INCLUDE is not allowed here: inline the included records");
    }
    String name = new String(Rdata.bytes(e, 1), StandardCharsets.UTF_8);
    if (!budget.include()) {
      throw new LimitReached(
          "include-limit",
          "more than "
              + budget.includeLimit()
              + " $INCLUDEs in one zone"
              + " (a file counts each time it is included); hzone stops reading here. Do included files include"
              + " each other many times over?");
    }
    Path given;
    try {
      given = Path.of(name);
    } catch (InvalidPathException ex) {
      throw new ParseProblem(
          "include", "$INCLUDE " + name + ": not a file name (" + ex.getReason() + ")");
    }
    Path base =
        policy == IncludePolicy.RELATIVE_TO_FILE && from.path() != null
            ? from.path().getParent()
            : baseReal;
    if (!given.isAbsolute() && base == null) {
      throw new ParseProblem(
          "include",
          "$INCLUDE "
              + name
              + ": a relative path needs a directory, and this text was not read from a file");
    }
    Path candidate = (given.isAbsolute() ? given : base.resolve(given)).normalize();
    if (!Files.exists(candidate)) {
      throw new ParseProblem(
          "include", "$INCLUDE " + name + ": no such file (" + display(candidate) + ")");
    }
    Path real;
    try {
      real = candidate.toRealPath();
    } catch (IOException ex) {
      throw new ParseProblem("include", "$INCLUDE " + name + ": " + ex.getMessage());
    }
    if (baseReal == null || !real.startsWith(baseReal)) {
      throw new ParseProblem(
          "include",
          "$INCLUDE "
              + name
              + ": the file is outside the zone directory "
              + (baseDisplay == null ? "(none)" : baseDisplay)
              + "; included files must be inside it");
    }
    if (!Files.isRegularFile(real)) {
      throw new ParseProblem("include", "$INCLUDE " + name + ": is not a regular file");
    }
    if (stack.contains(real)) {
      String chain = stack.stream().map(this::display).collect(Collectors.joining(" <- "));
      throw new ParseProblem(
          "include",
          "$INCLUDE "
              + name
              + ": cycle, the file is already being read ("
              + display(real)
              + " <- "
              + chain
              + ")");
    }
    byte[] data;
    try {
      data = Files.readAllBytes(real);
    } catch (IOException ex) {
      throw new ParseProblem(
          "include", "$INCLUDE " + name + ": cannot read it: " + ex.getMessage());
    }
    stack.push(real);
    try {
      String shown = display(real);
      body.read(data, shown, new Source(real, shown));
    } finally {
      stack.pop();
    }
  }

  /** A limit of the read was reached at this entry: the parser reports it and stops. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String ruleId;

    LimitReached(String ruleId, String message) {
      super(message, null, false, false);
      this.ruleId = ruleId;
    }
  }

  private String display(Path p) {
    if (baseReal != null && baseDisplay != null && p.startsWith(baseReal)) {
      return baseDisplay.resolve(baseReal.relativize(p)).normalize().toString();
    }
    return p.toString();
  }
}
