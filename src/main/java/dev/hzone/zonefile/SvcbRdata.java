package dev.hzone.zonefile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * SVCB and HTTPS (RFC 9460): priority, target made absolute, and the parameters kept as written, so
 * that their two levels of escaping (character-string, then comma-separated lists) reach the API
 * and BIND unchanged. Parameters are checked for the keys BIND 9.18 knows, for empty ALPN ids, and
 * by dnsjava for the rest of their syntax.
 */
final class SvcbRdata {
  private static final Set<String> KEYS =
      Set.of(
          "mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech", "ipv6hint", "dohpath");

  private final NameReader names;

  SvcbRdata(NameReader names) {
    this.names = names;
  }

  String convert(int typeCode, Entry e, int from, Origin origin) {
    if (e.count - from < 2) {
      throw new ParseProblem("SVCB/HTTPS record needs a priority and a target name");
    }
    long priority = Rdata.number(e, from, 65535, "SVCB priority");
    String target = e.is(from + 1, ".") ? "." : names.absolute(e, from + 1, origin, false);
    List<String> params = params(e, from + 2);
    StringBuilder value = new StringBuilder().append(priority).append(' ').append(target);
    StringBuilder check = new StringBuilder(value);
    Set<String> seen = new HashSet<>();
    boolean simple = true;
    for (String p : params) {
      int eq = p.indexOf('=');
      String key = (eq < 0 ? p : p.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key) && !key.matches("key\\d{1,5}")) {
        throw new ParseProblem(
            "unknown SVCB parameter '"
                + key
                + "' (known: "
                + String.join(", ", KEYS.stream().sorted().toList())
                + ", keyNNNNN)");
      }
      if (!seen.add(key)) {
        throw new ParseProblem("SVCB parameter '" + key + "' is given twice");
      }
      String val = eq < 0 ? "" : p.substring(eq + 1);
      if (key.equals("alpn")) {
        checkAlpn(val);
      }
      simple &= checkedHere(key, val);
      value.append(' ').append(p);
      if (!key.equals("dohpath")) {
        check.append(' ').append(p); // dnsjava 3.6 does not know dohpath (RFC 9461)
      }
    }
    if (simple && !(priority == 0 && !params.isEmpty())) {
      return value.toString();
    }
    try {
      Record.fromString(Name.root, typeCode, DClass.IN, 0, check.toString(), Name.root);
    } catch (IOException | RuntimeException ex) {
      String msg = String.valueOf(ex.getMessage()).replaceFirst("^<none>:\\d+: ", "");
      throw new ParseProblem("bad SVCB/HTTPS data '" + value + "': " + msg);
    }
    return value.toString();
  }

  /**
   * Checks the common parameters here, where their syntax is simple, and says whether it did:
   * dnsjava's check builds a tokenizer with an 8 KB buffer per record, which a zone of many HTTPS
   * records feels.
   */
  private static boolean checkedHere(String key, String val) {
    if (val.indexOf('\\') >= 0) {
      return false;
    }
    String v =
        val.length() >= 2 && val.startsWith("\"") && val.endsWith("\"")
            ? val.substring(1, val.length() - 1)
            : val;
    switch (key) {
      case "alpn":
        return v.indexOf('"') < 0; // empty ids are checked by checkAlpn
      case "no-default-alpn":
        return val.isEmpty();
      case "port":
        if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > 65535) {
          throw new ParseProblem("bad SVCB port '" + val + "'");
        }
        return true;
      case "ipv4hint":
      case "ipv6hint":
        if (v.isEmpty()) {
          throw new ParseProblem("SVCB " + key + " needs at least one address");
        }
        for (String a : v.split(",", -1)) {
          byte[] b = a.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
          boolean ok =
              key.equals("ipv4hint")
                  ? Addresses.isDottedQuad(b, 0, b.length)
                  : Ipv6.parse(b, 0, b.length) != null;
          if (!ok) {
            throw new ParseProblem("bad address '" + a + "' in SVCB " + key);
          }
        }
        return true;
      default:
        return false;
    }
  }

  /**
   * Parameters: runs of tokens that touch in the file ({@code alpn="h2,h3"} is two tokens, one
   * parameter).
   */
  private static List<String> params(Entry e, int from) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (int i = from; i < e.count; i++) {
      String raw = Rdata.rawText(e, i, 0, i + 1);
      if (current != null && e.rawStart[i] == e.rawEnd[i - 1]) {
        current.append(raw);
      } else {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(raw);
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * ALPN ids: the value is a character-string holding a comma-separated list, and no id may be
   * empty (BIND rejects {@code alpn=,h2}, {@code alpn=h2\,} and the like).
   */
  private static void checkAlpn(String raw) {
    String v =
        raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
            ? raw.substring(1, raw.length() - 1)
            : raw;
    StringBuilder decoded = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\' && i + 3 < v.length() && Character.isDigit(v.charAt(i + 1))) {
        decoded.append((char) Integer.parseInt(v.substring(i + 1, i + 4)));
        i += 3;
      } else if (c == '\\' && i + 1 < v.length()) {
        decoded.append(v.charAt(++i));
      } else {
        decoded.append(c);
      }
    }
    int itemLength = 0;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '\\' && i + 1 < decoded.length()) {
        i++;
        itemLength++;
      } else if (c == ',') {
        if (itemLength == 0) {
          throw new ParseProblem("alpn=" + raw + " has an empty ALPN id");
        }
        itemLength = 0;
      } else {
        itemLength++;
      }
    }
    if (itemLength == 0) {
      throw new ParseProblem("alpn=" + raw + " has an empty ALPN id");
    }
  }
}
