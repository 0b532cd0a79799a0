package dev.hzone.resolve;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The SOA serial that each of a zone's nameservers serves, asked of all of them at once. A server
 * that does not answer, answers without authority, or answers without the zone's SOA gives no
 * serial.
 */
public final class SoaSerials {
  private final DirectQuery query;

  public SoaSerials(DirectQuery query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  /**
   * The serial each server serves for {@code zone}, empty for a server that gave none.
   *
   * @param zone the zone's name, with or without the trailing dot
   */
  public Map<InetSocketAddress, OptionalLong> ask(String zone, List<InetSocketAddress> servers)
      throws InterruptedException {
    Name name;
    try {
      name = Name.fromString(zone.endsWith(".") ? zone : zone + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("not a zone name: " + zone, e);
    }
    List<CompletableFuture<DirectQuery.Reply>> pending = new ArrayList<>();
    for (InetSocketAddress s : servers) {
      pending.add(query.askAsync(s, name, Type.SOA));
    }
    Map<InetSocketAddress, OptionalLong> out = new LinkedHashMap<>();
    for (int i = 0; i < servers.size(); i++) {
      out.put(servers.get(i), serial(name, query.await(pending.get(i))));
    }
    return out;
  }

  /**
   * The one serial every server serves, or empty when any server gave none or two differ (a change
   * not yet everywhere). An empty list of servers proves nothing: empty.
   */
  public OptionalLong common(String zone, List<InetSocketAddress> servers)
      throws InterruptedException {
    if (servers.isEmpty()) {
      return OptionalLong.empty();
    }
    Long seen = null;
    for (OptionalLong s : ask(zone, servers).values()) {
      if (s.isEmpty() || (seen != null && seen != s.getAsLong())) {
        return OptionalLong.empty();
      }
      seen = s.getAsLong();
    }
    return OptionalLong.of(seen);
  }

  private static OptionalLong serial(Name zone, DirectQuery.Reply reply) {
    if (!reply.answered()) {
      return OptionalLong.empty();
    }
    Message m = reply.message().orElseThrow();
    if (m.getRcode() != Rcode.NOERROR || !m.getHeader().getFlag(Flags.AA)) {
      return OptionalLong.empty();
    }
    for (Record r : m.getSection(Section.ANSWER)) {
      if (r instanceof SOARecord soa && r.getName().equals(zone)) {
        return OptionalLong.of(soa.getSerial());
      }
    }
    return OptionalLong.empty();
  }
}
