package dev.hzone.migrate;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TSIG key from the text of a key file, in either of the two forms people have at hand:
 *
 * <ul>
 *   <li>BIND's {@code key} statement, as written by {@code tsig-keygen} and included in {@code named.conf}:
 *       <pre>key "transfer-key" { algorithm hmac-sha256; secret "c2VjcmV0..."; };</pre>
 *       with {@code #}, {@code //} and {@code /* *}{@code /} comments allowed;
 *   <li>dig's {@code -y} form on one line: {@code hmac-sha256:transfer-key:c2VjcmV0...}.
 * </ul>
 *
 * <p>Errors name the source and the problem; the secret is never part of a message.
 */
public final class TsigKeyParser {
  private static final Pattern KEY_STATEMENT =
      Pattern.compile("key\\s+(\"[^\"]*\"|[^\\s{]+)\\s*\\{(.*?)\\}\\s*;?", Pattern.DOTALL);
  private static final Pattern CLAUSE = Pattern.compile("(\\w[\\w-]*)\\s+(\"[^\"]*\"|[^;\\s]+)\\s*;");

  private TsigKeyParser() {}

  /**
   * Parses {@code text}, the content of {@code source} (a file name or an option, for messages).
   *
   * @throws TsigKeyException when the text holds no key, several keys, an unknown algorithm or a secret that
   *     is not base64
   */
  public static TsigKey parse(String text, String source) {
    String body = stripComments(text).trim();
    if (body.isEmpty()) {
      throw new TsigKeyException(source, "no TSIG key found (expected BIND's key \"NAME\" { algorithm ...; "
          + "secret \"...\"; }; or ALGORITHM:NAME:SECRET)");
    }
    if (!body.contains("{") && body.split(":", -1).length == 3 && !body.contains("\n")) {
      return parseColonForm(body, source);
    }
    Matcher m = KEY_STATEMENT.matcher(body);
    List<TsigKey> keys = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      String name = unquote(m.group(1));
      names.add(name);
      keys.add(parseClauses(name, m.group(2), source));
    }
    if (keys.isEmpty()) {
      throw new TsigKeyException(source, "no TSIG key found (expected BIND's key \"NAME\" { algorithm ...; "
          + "secret \"...\"; }; or ALGORITHM:NAME:SECRET)");
    }
    if (keys.size() > 1) {
      throw new TsigKeyException(source, "holds " + keys.size() + " keys (" + String.join(", ", names)
          + "); give a file with exactly one");
    }
    return keys.get(0);
  }

  private static TsigKey parseColonForm(String body, String source) {
    String[] parts = body.split(":", -1);
    TsigAlgorithm alg = algorithm(parts[0].trim(), source);
    String name = parts[1].trim();
    if (name.isEmpty()) {
      throw new TsigKeyException(source, "the key name is empty (expected ALGORITHM:NAME:SECRET)");
    }
    return build(name, alg, parts[2].trim(), source);
  }

  private static TsigKey parseClauses(String name, String clauses, String source) {
    String algText = null;
    String secret = null;
    Matcher c = CLAUSE.matcher(clauses);
    while (c.find()) {
      switch (c.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "algorithm" -> algText = unquote(c.group(2));
        case "secret" -> secret = unquote(c.group(2));
        default -> throw new TsigKeyException(source, "key \"" + name + "\" has an unknown clause '"
            + c.group(1) + "' (expected algorithm and secret)");
      }
    }
    if (algText == null) {
      throw new TsigKeyException(source, "key \"" + name + "\" has no algorithm clause");
    }
    if (secret == null) {
      throw new TsigKeyException(source, "key \"" + name + "\" has no secret clause");
    }
    return build(name, algorithm(algText, source), secret, source);
  }

  private static TsigKey build(String name, TsigAlgorithm alg, String secretText, String source) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(secretText.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new TsigKeyException(source, "the secret of key \"" + name + "\" is not valid base64");
    }
    if (secret.length == 0) {
      throw new TsigKeyException(source, "the secret of key \"" + name + "\" is empty");
    }
    try {
      return new TsigKey(name, alg, secret);
    } catch (IllegalArgumentException e) {
      throw new TsigKeyException(source, e.getMessage());
    }
  }

  private static TsigAlgorithm algorithm(String text, String source) {
    return TsigAlgorithm.fromText(text).orElseThrow(() -> new TsigKeyException(source,
        "unsupported TSIG algorithm '" + text + "' (use hmac-sha256, hmac-sha1 or hmac-md5)"));
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
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
      } else if (!quoted && ch == '#' || !quoted && text.startsWith("//", i)) {
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
