package dev.hzone.acme;

import dev.hzone.resolve.DirectQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Asks nameservers for a TXT record through {@link DirectQuery}: one non-recursive query per server
 * (RD clear, TCP when the UDP answer is truncated), all at once.
 */
public final class DnsTxtProbe implements TxtProbe {

  @Override
  public Map<Nameserver, Observation> probe(
      List<Nameserver> servers, String fqdn, String value, Duration timeout)
      throws InterruptedException {
    Name name = Name.fromConstantString(fqdn);
    byte[] want = value.getBytes(StandardCharsets.UTF_8);
    DirectQuery query = new DirectQuery(timeout);
    Map<Nameserver, CompletableFuture<DirectQuery.Reply>> asked = new LinkedHashMap<>();
    for (Nameserver ns : servers) {
      asked.put(ns, query.askAsync(ns.address(), name, Type.TXT));
    }
    Map<Nameserver, Observation> out = new LinkedHashMap<>();
    for (Map.Entry<Nameserver, CompletableFuture<DirectQuery.Reply>> e : asked.entrySet()) {
      Nameserver ns = e.getKey();
      DirectQuery.Reply r = query.await(e.getValue());
      out.put(
          ns,
          switch (r.outcome()) {
            case ANSWERED -> observe(ns, r.message().orElseThrow(), want);
            case TIMEOUT -> new Observation(ns, Observation.State.UNREACHABLE, "timeout");
            case UNREACHABLE -> new Observation(ns, Observation.State.UNREACHABLE, r.detail());
          });
    }
    return out;
  }

  /** What one answer says about the value; other values are counted, never shown. */
  static Observation observe(Nameserver ns, Message m, byte[] want) {
    int rcode = m.getRcode();
    if (rcode == Rcode.NXDOMAIN) {
      return new Observation(ns, Observation.State.LAGS, "NXDOMAIN");
    }
    if (rcode != Rcode.NOERROR) {
      return new Observation(ns, Observation.State.UNREACHABLE, Rcode.string(rcode));
    }
    if (!m.getHeader().getFlag(Flags.AA)) {
      return new Observation(ns, Observation.State.LAGS, "not authoritative for the name");
    }
    int others = 0;
    for (Record r : m.getSection(Section.ANSWER)) {
      if (r instanceof TXTRecord txt) {
        if (Arrays.equals(want, joined(txt))) {
          return new Observation(ns, Observation.State.SERVES, "serves it");
        }
        others++;
      }
    }
    return new Observation(
        ns, Observation.State.LAGS, others == 0 ? "no TXT yet" : others + " other TXT value(s)");
  }

  private static byte[] joined(TXTRecord txt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] s : txt.getStringsAsByteArrays()) {
      out.write(s, 0, s.length);
    }
    return out.toByteArray();
  }
}
