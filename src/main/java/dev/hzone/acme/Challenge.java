package dev.hzone.acme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * One DNS-01 challenge: the TXT value an ACME CA expects at a name.
 *
 * @param fqdn where the CA looks, absolute with the final dot, lower case ({@code
 *     _acme-challenge.example.com.})
 * @param value the TXT content, usually the 43-character base64url digest of the key authorization
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8555#section-8.4">RFC 8555 §8.4</a>
 */
public record Challenge(String fqdn, String value) {
  /** The label an ACME CA prepends to the domain (RFC 8555 §8.4). */
  public static final String LABEL = "_acme-challenge";

  public Challenge {
    fqdn = absolute(Objects.requireNonNull(fqdn, "fqdn"));
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("the challenge value is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < 0x20 || value.charAt(i) == 0x7f) {
        throw new IllegalArgumentException("the challenge value contains a control character");
      }
    }
  }

  /**
   * lego's default {@code exec} form: the FQDN ({@code _acme-challenge.<domain>.}) and the value.
   */
  public static Challenge ofRecord(String fqdn, String value) {
    return new Challenge(fqdn, value);
  }

  /**
   * A challenge for {@code domain} (as certbot's {@code CERTBOT_DOMAIN} or lego's RAW mode give it:
   * no {@code _acme-challenge}, a wildcard's {@code *.} optional) and the TXT value.
   */
  public static Challenge ofDomain(String domain, String value) {
    String d = domain.startsWith("*.") ? domain.substring(2) : domain;
    if (d.isEmpty() || d.equals(".")) {
      throw new IllegalArgumentException("the domain is empty");
    }
    return new Challenge(LABEL + "." + d, value);
  }

  /**
   * lego's RAW {@code exec} form: the domain and the key authorization, whose digest is the value.
   */
  public static Challenge ofKeyAuthorization(String domain, String keyAuthorization) {
    return ofDomain(domain, digest(keyAuthorization));
  }

  /** base64url(SHA-256(keyAuthorization)) without padding: the DNS-01 TXT value (RFC 8555 §8.4). */
  public static String digest(String keyAuthorization) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(keyAuthorization.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The name as dnsjava's {@link Name}. */
  public Name name() {
    return Name.fromConstantString(fqdn);
  }

  /** Never the value: challenge values of other domains are secrets in logs. */
  @Override
  public String toString() {
    return "Challenge[" + fqdn + "]";
  }

  private static String absolute(String name) {
    // dnsjava reads "evil\\.example.com" as two labels ("evil.example", "com") while the zone
    // lookup splits on
    // every dot: the record would land in another zone than the name says. Escapes have no use in a
    // challenge.
    if (name.indexOf('\\') >= 0) {
      throw new IllegalArgumentException(
          "'" + name + "' contains a backslash: escaped names are refused");
    }
    String n = dev.hzone.dns.Names.toAscii(name.trim()).toLowerCase(Locale.ROOT);
    if (!n.endsWith(".")) {
      n = n + ".";
    }
    try {
      Name parsed = Name.fromString(n);
      if (parsed.labels() < 3) {
        throw new IllegalArgumentException("'" + name + "' is not a name inside a zone");
      }
      return parsed.toString();
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + name + "' is not a domain name: " + e.getMessage());
    }
  }
}
