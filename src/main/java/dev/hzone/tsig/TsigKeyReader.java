package dev.hzone.tsig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of TSIG keys, in the three forms people have at hand:
 *
 * <ul>
 *   <li>BIND's {@code key} statement, as {@code tsig-keygen} writes it and {@code named.conf}
 *       includes it:
 *       <pre>key "transfer-key" { algorithm hmac-sha256; secret "c2VjcmV0..."; };</pre>
 *       with {@code #}, {@code //} and {@code /* *}{@code /} comments; exactly one key per text;
 *   <li>dig's {@code -y} form on one line: {@code hmac-sha256:transfer-key:c2VjcmV0...};
 *   <li>the base64 secret alone: a key without a name, its algorithm the configured one or {@link
 *       TsigAlgorithm#DEFAULT}.
 * </ul>
 *
 * <p>Errors ({@link TsigKeyException}) name the source and the problem; neither the secret nor any
 * other part of the text is ever quoted, since a mistyped file may hold anything.
 */
public final class TsigKeyReader {
  /** Key files are a few lines; anything larger is not one (and is not read into memory). */
  public static final int MAX_BYTES = 64 * 1024;

  private static final String FORMS =
      "expected BIND's key \"NAME\" { algorithm ...; secret \"...\"; }; "
          + "or ALGORITHM:NAME:SECRET or the base64 secret alone";
  private static final Pattern KEY_STATEMENT =
      Pattern.compile("key\\s+(\"[^\"]*\"|[^\\s{\"]+)\\s*\\{(.*?)\\}\\s*;?", Pattern.DOTALL);
  private static final Pattern CLAUSE =
      Pattern.compile("(\\w[\\w-]*)\\s+(\"[^\"]*\"|[^;\\s]+)\\s*;");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

  private TsigKeyReader() {}

  /**
   * Reads the key in {@code file} (at most {@link #MAX_BYTES}).
   *
   * @param configured the algorithm named elsewhere (configuration, option), if any: a key without
   *     one takes it, a key with another one is refused
   * @throws TsigKeyException when the file cannot be read or holds no usable key
   */
  public static TsigKey readFile(Path file, Optional<TsigAlgorithm> configured) {
    return readFile(file, file.toString(), configured);
  }

  /**
   * As {@link #readFile(Path, Optional)}, naming the file {@code source} in messages (as the user
   * wrote it).
   */
  public static TsigKey readFile(Path file, String source, Optional<TsigAlgorithm> configured) {
    if (Files.isDirectory(file)) {
      throw new TsigKeyException(source, "is a directory, not a TSIG key file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new TsigKeyException(source, "no such TSIG key file");
    } catch (IOException e) {
      throw new TsigKeyException(source, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_BYTES) {
      throw new TsigKeyException(
          source, "is too large to be a TSIG key file (more than " + MAX_BYTES + " bytes)");
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), source, configured);
  }

  /**
   * Reads the key in {@code text}, from {@code source} (a file name or an option, for messages).
   *
   * @param configured as for {@link #readFile}
   * @throws TsigKeyException when the text holds no key, several keys, an unknown algorithm, an
   *     algorithm other than {@code configured}, or a secret that is not base64
   */
  public static TsigKey parse(String text, String source, Optional<TsigAlgorithm> configured) {
    configured
        .filter(a -> !a.known())
        .ifPresent(
            a -> {
              throw new TsigKeyException(
                  source,
                  "the configured TSIG algorithm is unknown (use "
                      + TsigAlgorithm.knownNames()
                      + ")");
            });
    String body = stripComments(text).trim();
    if (body.isEmpty()) {
      throw new TsigKeyException(source, "no TSIG key found (" + FORMS + ")");
    }
    if (BASE64.matcher(body).matches()) {
      return build(Optional.empty(), configured.orElse(TsigAlgorithm.DEFAULT), body, source);
    }
    if (!body.contains("{") && !body.contains("\n") && body.split(":", -1).length == 3) {
      String[] parts = body.split(":", -1);
      String name = parts[1].trim();
      if (name.isEmpty()) {
        throw new TsigKeyException(
            source, "the key name is empty (expected ALGORITHM:NAME:SECRET)");
      }
      return build(
          Optional.of(name),
          algorithm(parts[0].trim(), configured, name, source),
          parts[2].trim(),
          source);
    }
    Matcher m = KEY_STATEMENT.matcher(body);
    List<String> names = new ArrayList<>();
    TsigKey first = null;
    while (m.find()) {
      String name = unquote(m.group(1));
      names.add(name);
      if (first == null) {
        first = fromClauses(name, m.group(2), configured, source);
      }
    }
    if (first == null) {
      throw new TsigKeyException(source, "no TSIG key found (" + FORMS + ")");
    }
    if (names.size() > 1) {
      throw new TsigKeyException(
          source,
          "holds "
              + names.size()
              + " keys ("
              + String.join(", ", names)
              + "); give a file with exactly one");
    }
    return first;
  }

  private static TsigKey fromClauses(
      String name, String clauses, Optional<TsigAlgorithm> configured, String source) {
    String algText = null;
    String secret = null;
    Matcher c = CLAUSE.matcher(clauses);
    while (c.find()) {
      switch (c.group(1).toLowerCase(Locale.ROOT)) {
        case "algorithm" -> algText = unquote(c.group(2));
        case "secret" -> secret = unquote(c.group(2));
        default ->
            throw new TsigKeyException(
                source,
                "key \""
                    + name
                    + "\" has an unknown clause '"
                    + c.group(1)
                    + "' (expected algorithm and secret)");
      }
    }
    if (secret == null) {
      throw new TsigKeyException(source, "key \"" + name + "\" has no secret clause");
    }
    TsigAlgorithm alg =
        algText == null
            ? configured.orElseThrow(
                () -> new TsigKeyException(source, "key \"" + name + "\" has no algorithm clause"))
            : algorithm(algText, configured, name, source);
    return build(Optional.of(name), alg, secret, source);
  }

  private static TsigKey build(
      Optional<String> name, TsigAlgorithm alg, String secretText, String source) {
    try {
      return TsigKey.fromBase64(name, alg, secretText);
    } catch (IllegalArgumentException e) {
      throw new TsigKeyException(source, e.getMessage());
    }
  }

  private static TsigAlgorithm algorithm(
      String text, Optional<TsigAlgorithm> configured, String name, String source) {
    // The algorithm is quoted only when it looks like one: a secret put in the wrong place is never
    // echoed.
    String shown =
        text.matches("[A-Za-z0-9.-]{1,40}") && text.contains("-") ? " '" + text + "'" : "";
    TsigAlgorithm alg =
        TsigAlgorithm.fromText(text)
            .orElseThrow(
                () ->
                    new TsigKeyException(
                        source,
                        "unsupported TSIG algorithm"
                            + shown
                            + " (use "
                            + TsigAlgorithm.knownNames()
                            + ")"));
    if (configured.isPresent() && configured.get() != alg) {
      throw new TsigKeyException(
          source, "is a " + alg.text() + " key but " + configured.get().text() + " is configured");
    }
    return alg;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /** Removes {@code #}, {@code //} and block comments outside quoted strings. */
  static String stripComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
        out.append(ch);
        i++;
      } else if (!quoted && (ch == '#' || text.startsWith("//", i))) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (!quoted && text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
        out.append(' ');
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }
}
