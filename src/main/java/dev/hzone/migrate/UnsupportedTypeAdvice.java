package dev.hzone.migrate;

import java.util.Map;
import org.xbill.DNS.Type;

/**
 * What to do instead of a record type that the Hetzner API does not accept. One sentence per type,
 * where there is a better answer than "serve it elsewhere".
 */
final class UnsupportedTypeAdvice {
  private static final Map<Integer, String> ADVICE =
      Map.ofEntries(
          Map.entry(
              Type.SPF,
              "publish the same text as a TXT record at this name (RFC 7208 retired the SPF type)"),
          Map.entry(
              Type.SSHFP,
              "SSH clients with VerifyHostKeyDNS will no longer find host keys in DNS; "
                  + "distribute known_hosts or SSH certificates instead"),
          Map.entry(
              Type.NAPTR,
              "SIP and ENUM clients fall back to SRV: publish _sip._udp/_sip._tcp SRV records "
                  + "for the same targets"),
          Map.entry(Type.LOC, "informational only; drop it, or keep the text as a TXT record"),
          Map.entry(
              Type.DNAME,
              "replace it with a CNAME for each name in use below it, or delegate that subtree "
                  + "(NS) to a server that supports DNAME"),
          Map.entry(Type.URI, "use an SRV record or an HTTP redirect for the same service"),
          Map.entry(
              Type.AFSDB,
              "publish SRV records _afs3-vlserver._udp and _afs3-prserver._udp (RFC 5864)"),
          Map.entry(
              Type.OPENPGPKEY, "publish OpenPGP keys through Web Key Directory (WKD) instead"),
          Map.entry(
              Type.SMIMEA,
              "distribute S/MIME certificates another way (LDAP, the signed mail itself)"),
          Map.entry(Type.CERT, "distribute the certificates another way"),
          Map.entry(Type.IPSECKEY, "configure the IPsec peers' keys directly"),
          Map.entry(
              Type.ZONEMD,
              "a digest of the old zone; it is meaningless after the move, nothing to do"),
          Map.entry(Type.MINFO, "obsolete; nothing uses it, drop it"),
          Map.entry(Type.MB, "obsolete; nothing uses it, drop it"),
          Map.entry(Type.MG, "obsolete; nothing uses it, drop it"),
          Map.entry(Type.MR, "obsolete; nothing uses it, drop it"),
          Map.entry(Type.WKS, "obsolete; nothing uses it, drop it"),
          Map.entry(Type.NULL, "an experimental type; drop it"),
          Map.entry(Type.KX, "configure the key exchangers directly"),
          Map.entry(Type.APL, "keep the address list as a TXT record if something reads it"));

  private UnsupportedTypeAdvice() {}

  /** The suggestion for {@code type}, or a general one. */
  static String forType(int type) {
    String a = ADVICE.get(type);
    if (a != null) {
      return a;
    }
    if (type >= 65280 && type <= 65534) {
      return "a private-use type (BIND keeps signing state in TYPE65534); nothing to migrate";
    }
    return "Hetzner cannot serve it; if something needs it, delegate this name (NS) to a server that can";
  }
}
