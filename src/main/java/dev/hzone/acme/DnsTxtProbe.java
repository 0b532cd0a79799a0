package dev.hzone.acme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Asks nameservers for a TXT record with dnsjava: one non-recursive query per server (RD clear, EDNS on,
 * TCP when the UDP answer is truncated), all at once.
 */
public final class DnsTxtProbe implements TxtProbe {

  @Override
  public Map<Nameserver, Observation> probe(List<Nameserver> servers, String fqdn, String value, Duration timeout)
      throws InterruptedException {
    Name name = Name.fromConstantString(fqdn);
    byte[] want = value.getBytes(StandardCharsets.UTF_8);
    Map<Nameserver, CompletableFuture<Message>> asked = new LinkedHashMap<>();
    for (Nameserver ns : servers) {
      SimpleResolver r = new SimpleResolver(ns.address());
      r.setTimeout(timeout);
      Message q = Message.newQuery(Record.newRecord(name, Type.TXT, DClass.IN));
      q.getHeader().unsetFlag(Flags.RD);
      asked.put(ns, r.sendAsync(q).toCompletableFuture());
    }
    Map<Nameserver, Observation> out = new LinkedHashMap<>();
    long until = System.nanoTime() + timeout.toNanos() + TimeUnit.MILLISECONDS.toNanos(500);
    for (Map.Entry<Nameserver, CompletableFuture<Message>> e : asked.entrySet()) {
      Nameserver ns = e.getKey();
      try {
        Message m = e.getValue().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        out.put(ns, observe(ns, m, want));
      } catch (TimeoutException ex) {
        e.getValue().cancel(true);
        out.put(ns, new Observation(ns, Observation.State.UNREACHABLE, "timeout"));
      } catch (ExecutionException | CompletionException ex) {
        Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
        String why = cause instanceof java.net.SocketTimeoutException || cause instanceof TimeoutException
            ? "timeout" : String.valueOf(cause.getMessage());
        out.put(ns, new Observation(ns, Observation.State.UNREACHABLE, why));
      }
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
    return new Observation(ns, Observation.State.LAGS, others == 0 ? "no TXT yet" : others + " other TXT value(s)");
  }

  private static byte[] joined(TXTRecord txt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] s : txt.getStringsAsByteArrays()) {
      out.write(s, 0, s.length);
    }
    return out.toByteArray();
  }
}
