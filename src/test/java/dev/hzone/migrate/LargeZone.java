package dev.hzone.migrate;

import java.util.List;

/**
 * A deterministic test zone of more than a thousand records of mixed types, with a few of every
 * kind the migration must handle: types Hetzner serves, types it does not (SPF, SSHFP, NAPTR, LOC,
 * URI, DNAME, a private-use type), a sub-delegation with glue and DS, a wildcard, a TTL below the
 * API's minimum, and long TXT values split over several strings.
 */
public final class LargeZone {
  public static final String NAME = "migrate.test";
  public static final int HOSTS = 260;

  /** Owner and type of every RRSet of an unsupported type in {@link #text()}. */
  public static final List<String> UNSUPPORTED =
      List.of(
          "@ SPF",
          "legacy DNAME",
          "sip NAPTR",
          "office LOC",
          "_ftp._tcp URI",
          "host1 SSHFP",
          "host2 SSHFP",
          "opaque TYPE65280");

  private LargeZone() {}

  public static String text() {
    StringBuilder z = new StringBuilder();
    z.append("$ORIGIN ").append(NAME).append(".\n$TTL 3600\n");
    z.append(
        "@ SOA ns1.oldhost.example. hostmaster.migrate.test. 2026112801 7200 900 1209600 300\n");
    z.append("@ NS ns1.oldhost.example.\n@ NS ns2.oldhost.example.\n");
    z.append("@ MX 10 mx1.migrate.test.\n@ MX 20 mx2.migrate.test.\n");
    z.append("@ TXT \"v=spf1 mx ip4:192.0.2.0/24 -all\"\n");
    z.append("@ SPF \"v=spf1 mx ip4:192.0.2.0/24 -all\"\n");
    z.append("@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 0 iodef \"mailto:security@migrate.test\"\n");
    z.append("@ A 192.0.2.1\n@ AAAA 2001:db8::1\n");
    z.append("@ HTTPS 1 . alpn=\"h2,h3\" ipv4hint=192.0.2.1\n");
    z.append("mx1 A 192.0.2.25\nmx2 A 192.0.2.26\n");
    z.append("www CNAME migrate.test.\n");
    z.append("* 300 A 192.0.2.99\n");
    z.append("fast 30 A 192.0.2.30\n");
    z.append("_sip._tcp SRV 10 60 5060 sip.migrate.test.\nsip A 192.0.2.50\n");
    z.append("sip NAPTR 100 10 \"S\" \"SIP+D2T\" \"\" _sip._tcp.migrate.test.\n");
    z.append("_443._tcp.www TLSA 3 1 1 ").append("ab".repeat(32)).append('\n');
    z.append("_svc SVCB 1 svc.migrate.test. port=8443\nsvc A 192.0.2.60\n");
    z.append("info HINFO \"x86-64\" \"Linux\"\n");
    z.append("contact RP hostmaster.migrate.test. info.migrate.test.\n");
    z.append("ptr PTR www.migrate.test.\n");
    z.append("dkim._domainkey TXT \"v=DKIM1; k=rsa; p=")
        .append("A".repeat(230))
        .append("\" \"")
        .append("B".repeat(150))
        .append("\"\n");
    z.append("sub NS ns1.sub.migrate.test.\nsub NS ns2.sub.migrate.test.\n");
    z.append("ns1.sub A 192.0.2.53\nns2.sub A 192.0.2.54\n");
    z.append("sub DS 12345 13 2 ").append("cd".repeat(32)).append('\n');
    z.append("legacy DNAME other.example.\n");
    z.append("office LOC 52 31 0.000 N 13 24 0.000 E 34.00m 1m 10000m 10m\n");
    z.append("_ftp._tcp URI 10 1 \"ftp://ftp.migrate.test/public\"\n");
    z.append("host1 SSHFP 4 2 ").append("12".repeat(32)).append('\n');
    z.append("host2 SSHFP 1 1 ").append("34".repeat(20)).append('\n');
    z.append("opaque TYPE65280 \\# 4 0a000001\n");
    for (int i = 1; i <= HOSTS; i++) {
      int ttl = i % 10 == 0 ? 300 : 3600;
      z.append("h")
          .append(i)
          .append(' ')
          .append(ttl)
          .append(" A 198.51.100.")
          .append(i % 250 + 1)
          .append('\n');
      z.append("h")
          .append(i)
          .append(' ')
          .append(ttl)
          .append(" AAAA 2001:db8:1::")
          .append(Integer.toHexString(i))
          .append('\n');
      z.append("h")
          .append(i)
          .append(" TXT \"host ")
          .append(i)
          .append(" of ")
          .append(HOSTS)
          .append("\"\n");
      if (i % 2 == 0) {
        z.append("h").append(i).append(" MX 10 mx1.migrate.test.\n");
      }
      if (i % 3 == 0) {
        z.append("alias").append(i).append(" CNAME h").append(i).append(".migrate.test.\n");
      }
      if (i % 8 == 0) {
        z.append("_http._tcp.h")
            .append(i)
            .append(" SRV 0 5 80 h")
            .append(i)
            .append(".migrate.test.\n");
      }
    }
    return z.toString();
  }
}
