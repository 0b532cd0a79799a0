package dev.hzone.sync.config;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Knows the line and column of the last character read, so that a parser error (the TOML library
 * keeps no positions) can name where the parser stopped: that is where the text stopped making
 * sense. Messages name that position instead of quoting the parser, whose messages repeat the text
 * (a token, in cli.toml).
 */
public final class LineTrackingReader extends FilterReader {
  private int line = 1;
  private int column;
  private int lineOfLast = 1;
  private int columnOfLast = 1;

  public LineTrackingReader(Reader in) {
    super(in);
  }

  /** The 1-based line of the last character read (1 before any). */
  public int lineOfLastCharacter() {
    return lineOfLast;
  }

  /** The 1-based column of the last character read (1 before any). */
  public int columnOfLastCharacter() {
    return columnOfLast;
  }

  /** What to tell the user about a TOML syntax error here, without quoting any of the text. */
  public String syntaxError() {
    return "not valid TOML: the parser stopped at column "
        + columnOfLast
        + " of this line (look there for a"
        + " string without its closing quote, or a value without quotes)";
  }

  private void saw(int c) {
    lineOfLast = line;
    column++;
    columnOfLast = column;
    if (c == '\n') {
      line++;
      column = 0;
    }
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      saw(c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      saw(buf[off + i]);
    }
    return n;
  }
}
