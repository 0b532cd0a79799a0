package dev.hzone.acme;

import java.util.regex.Pattern;

/**
 * What the hook agrees to write or remove. A Hetzner token can change every record of a project, so
 * whoever can run the hook with arguments of their choice could otherwise add a TXT value anywhere,
 * or remove one (an SPF record at the apex, say). By default only a name whose first label is
 * {@code _acme-challenge} and a value shaped like a DNS-01 digest (43 characters of base64url, RFC
 * 8555 §8.4) pass. The forms that build the name and value themselves (lego's RAW mode, certbot's
 * hooks) always meet both rules.
 *
 * @param anyName allow a name whose first label is not {@code _acme-challenge} (lego's default form
 *     gives the CNAME target of a delegated challenge, which may be named anything)
 * @param anyValue allow a value that is not a 43-character base64url digest
 */
public record ChallengePolicy(boolean anyName, boolean anyValue) {
  /** Both rules apply: the default. */
  public static final ChallengePolicy STRICT = new ChallengePolicy(false, false);

  private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9_-]{43}");

  /**
   * Whether {@code value} has the shape of a DNS-01 TXT value: base64url of a SHA-256, no padding.
   */
  public static boolean looksLikeChallenge(String value) {
    return DIGEST.matcher(value).matches();
  }

  /**
   * Refuses a challenge this policy does not allow; the message names the rule and the flag that
   * relaxes it, never the value (another domain's value is kept out of output).
   *
   * @throws IllegalArgumentException when the name or the value breaks a rule
   */
  public void check(Challenge challenge) {
    if (!anyName && !challenge.fqdn().startsWith(Challenge.LABEL + ".")) {
      throw new IllegalArgumentException(
          "refusing "
              + challenge.fqdn()
              + ": its first label is not "
              + Challenge.LABEL
              + " (give --allow-any-name if a CNAME-delegated challenge really lives there,"
              + " or use lego's EXEC_MODE=RAW, where hzone follows the CNAME itself)");
    }
    if (!anyValue && !looksLikeChallenge(challenge.value())) {
      throw new IllegalArgumentException(
          "refusing the value for "
              + challenge.fqdn()
              + ": a DNS-01 value is"
              + " 43 characters of base64url ([A-Za-z0-9_-]), this one is "
              + challenge.value().length()
              + " characters long or has others (give --allow-any-value to write or remove it anyway)");
    }
  }
}
