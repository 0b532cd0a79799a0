package dev.hzone.sync.config;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Knows the line of the last character read, so that a parser error (the TOML library keeps no positions)
 * can name the line where the parser stopped: that is where the text stopped making sense.
 */
final class LineTrackingReader extends FilterReader {
  private int line = 1;
  private int lineOfLast = 1;

  LineTrackingReader(Reader in) {
    super(in);
  }

  /** The 1-based line of the last character read (1 before any). */
  int lineOfLastCharacter() {
    return lineOfLast;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      lineOfLast = line;
      if (c == '\n') {
        line++;
      }
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      lineOfLast = line;
      if (buf[off + i] == '\n') {
        line++;
      }
    }
    return n;
  }
}
