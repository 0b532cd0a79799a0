package dev.hzone.emulator.dns;

import java.util.List;

/**
 * What the zone data says about one question, before it is put into a message.
 *
 * @param rcode NOERROR or NXDOMAIN ({@link org.xbill.DNS.Rcode})
 * @param authoritative whether the AA flag is set: false only for a referral
 * @param answer the answer section (a CNAME chain first, then the data)
 * @param authority the authority section: the SOA for negative answers, the NS set for referrals
 * @param additional glue for a referral
 */
record LookupResult(
    int rcode,
    boolean authoritative,
    List<org.xbill.DNS.Record> answer,
    List<org.xbill.DNS.Record> authority,
    List<org.xbill.DNS.Record> additional) {

  LookupResult {
    answer = List.copyOf(answer);
    authority = List.copyOf(authority);
    additional = List.copyOf(additional);
  }
}
