package dev.hzone.emulator.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Turns one query on the wire into the response on the wire: header rules (RD copied and answered
 * authoritatively, never refused; no RA), EDNS (our OPT in reply, BADVERS for versions other than
 * 0), the size limit of the transport with TC when an answer does not fit, REFUSED outside every
 * zone, and zone transfers over TCP. The lookup itself is {@link ZoneLookup}'s.
 */
final class Responder {
  /** The classic UDP limit for a query without EDNS (RFC 1035 §4.2.1). */
  static final int CLASSIC_UDP_SIZE = 512;

  /** The most a TCP message can hold. */
  static final int TCP_SIZE = 65535;

  private final Supplier<ZoneCatalog> catalog;
  private final int maxUdpPayload;
  private final NotifyHandler notifies;
  private final AxfrWriter axfr = new AxfrWriter();

  /**
   * @param catalog the zones being served, read once per query
   * @param maxUdpPayload the EDNS payload size we offer and the most we send over UDP
   */
  Responder(Supplier<ZoneCatalog> catalog, int maxUdpPayload) {
    this(catalog, maxUdpPayload, NotifyHandler.NONE);
  }

  /** As {@link #Responder(Supplier, int)}, with NOTIFY messages decided by {@code notifies}. */
  Responder(Supplier<ZoneCatalog> catalog, int maxUdpPayload, NotifyHandler notifies) {
    this.catalog = catalog;
    this.maxUdpPayload = maxUdpPayload;
    this.notifies = notifies;
  }

  /**
   * The response to {@code wire}, or empty for a packet that must not be answered (a response, a
   * runt).
   */
  Optional<Reply> answer(byte[] wire, Transport transport, InetSocketAddress client) {
    Message query;
    try {
      query = new Message(wire);
    } catch (IOException e) {
      return formatError(wire, transport, client);
    }
    Header qh = query.getHeader();
    if (qh.getFlag(Flags.QR)) {
      return Optional.empty();
    }
    Message response = new Message(qh.getID());
    Header h = response.getHeader();
    h.setFlag(Flags.QR);
    h.setOpcode(qh.getOpcode());
    copyFlag(qh, h, Flags.RD);
    copyFlag(qh, h, Flags.CD);
    Record question = query.getQuestion();
    OPTRecord qopt = query.getOPT();
    if (qh.getOpcode() == Opcode.NOTIFY && question != null) {
      // RFC 1996 §3.7: the answer repeats the question; AA set when accepted.
      response.addRecord(question, Section.QUESTION);
      NotifyHandler.Answer a = notifies.answer(query, wire, client);
      if (a.rcode() == Rcode.NOERROR) {
        h.setFlag(Flags.AA);
      }
      h.setRcode(a.rcode());
      a.signer().ifPresent(t -> t.apply(response, query.getTSIG()));
      byte[] out = response.toWire(transport == Transport.UDP ? CLASSIC_UDP_SIZE : TCP_SIZE);
      return Optional.of(
          new Reply(List.of(out), event(client, transport, question, a.rcode(), false, false)));
    }
    if (qh.getOpcode() != Opcode.QUERY) {
      if (question != null) {
        response.addRecord(question, Section.QUESTION);
      }
      return finish(response, question, qopt, Rcode.NOTIMP, transport, client);
    }
    if (qh.getCount(Section.QUESTION) != 1 || question == null) {
      return finish(response, null, qopt, Rcode.FORMERR, transport, client);
    }
    response.addRecord(question, Section.QUESTION);
    if (qopt != null && qopt.getVersion() != 0) {
      return finish(response, question, qopt, Rcode.BADVERS, transport, client);
    }
    if (question.getDClass() != DClass.IN && question.getDClass() != DClass.ANY) {
      return finish(response, question, qopt, Rcode.REFUSED, transport, client);
    }
    Name qname = question.getName();
    int qtype = question.getType();
    ZoneCatalog zones = catalog.get();
    if (qtype == Type.AXFR || qtype == Type.IXFR) {
      return transfer(zones, response, question, qopt, transport, client);
    }
    Optional<ZoneSnapshot> zone = zones.find(qname);
    if (zone.isEmpty()) {
      return finish(response, question, qopt, Rcode.REFUSED, transport, client);
    }
    LookupResult result = ZoneLookup.lookup(zone.get(), qname, qtype);
    if (result.authoritative()) {
      h.setFlag(Flags.AA);
    }
    result.answer().forEach(r -> response.addRecord(r, Section.ANSWER));
    result.authority().forEach(r -> response.addRecord(r, Section.AUTHORITY));
    result.additional().forEach(r -> response.addRecord(r, Section.ADDITIONAL));
    return finish(response, question, qopt, result.rcode(), transport, client);
  }

  /**
   * AXFR (and IXFR, answered with the whole zone as RFC 1995 §4 allows) over TCP; over UDP an IXFR
   * gets the SOA alone (RFC 1995 §2) and an AXFR a FORMERR.
   */
  private Optional<Reply> transfer(
      ZoneCatalog zones,
      Message response,
      Record question,
      OPTRecord qopt,
      Transport transport,
      InetSocketAddress client) {
    Optional<ZoneSnapshot> zone = zones.exact(question.getName());
    if (zone.isEmpty()) {
      return finish(response, question, qopt, Rcode.NOTAUTH, transport, client);
    }
    if (transport == Transport.UDP) {
      if (question.getType() == Type.AXFR) {
        return finish(response, question, qopt, Rcode.FORMERR, transport, client);
      }
      response.getHeader().setFlag(Flags.AA);
      response.addRecord(zone.get().soa(), Section.ANSWER);
      return finish(response, question, qopt, Rcode.NOERROR, transport, client);
    }
    List<byte[]> messages = axfr.messages(zone.get(), response.getHeader().getID(), question);
    return Optional.of(
        new Reply(
            messages, event(client, transport, question, Rcode.NOERROR, qopt != null, false)));
  }

  private Optional<Reply> finish(
      Message response,
      Record question,
      OPTRecord qopt,
      int rcode,
      Transport transport,
      InetSocketAddress client) {
    response.getHeader().setRcode(rcode & 0xF);
    int limit = TCP_SIZE;
    if (qopt != null) {
      // Our OPT carries the upper bits of an extended rcode such as BADVERS (RFC 6891 §6.1.3).
      response.addRecord(new OPTRecord(maxUdpPayload, rcode >>> 4, 0, 0), Section.ADDITIONAL);
    }
    if (transport == Transport.UDP) {
      limit =
          qopt == null
              ? CLASSIC_UDP_SIZE
              : Math.max(CLASSIC_UDP_SIZE, Math.min(qopt.getPayloadSize(), maxUdpPayload));
    }
    byte[] wire = response.toWire(limit);
    boolean truncated = (wire[2] & 0x02) != 0;
    return Optional.of(
        new Reply(
            List.of(wire), event(client, transport, question, rcode, qopt != null, truncated)));
  }

  /**
   * A FORMERR for a query that does not parse, if its header is whole and it is not itself a
   * response.
   */
  private Optional<Reply> formatError(byte[] wire, Transport transport, InetSocketAddress client) {
    if (wire.length < Header.LENGTH || (wire[2] & 0x80) != 0) {
      return Optional.empty();
    }
    Message response = new Message(((wire[0] & 0xff) << 8) | (wire[1] & 0xff));
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setOpcode((wire[2] >> 3) & 0xF);
    response.getHeader().setRcode(Rcode.FORMERR);
    return Optional.of(
        new Reply(
            List.of(response.toWire()),
            new QueryEvent(
                client, transport, "?", "?", Rcode.string(Rcode.FORMERR), false, false)));
  }

  private static QueryEvent event(
      InetSocketAddress client,
      Transport transport,
      Record question,
      int rcode,
      boolean edns,
      boolean truncated) {
    String qname = question == null ? "?" : question.getName().toString();
    String qtype = question == null ? "?" : Type.string(question.getType());
    return new QueryEvent(client, transport, qname, qtype, Rcode.string(rcode), edns, truncated);
  }

  private static void copyFlag(Header from, Header to, int flag) {
    if (from.getFlag(flag)) {
      to.setFlag(flag);
    }
  }

  /**
   * Splits a zone into AXFR messages: SOA first and last, the question in the first message only.
   */
  static final class AxfrWriter {
    /**
     * Roughly how many bytes of records go into one message; well under TCP's 65535 even
     * uncompressed.
     */
    static final int BATCH_BYTES = 16_000;

    List<byte[]> messages(ZoneSnapshot zone, int id, Record question) {
      List<Record> all = new ArrayList<>(zone.transferOrder().size() + 2);
      all.add(zone.soa());
      all.addAll(zone.transferOrder());
      all.add(zone.soa());
      List<byte[]> out = new ArrayList<>();
      Message m = start(id, question);
      int bytes = 0;
      for (Record r : all) {
        int size = r.toWire(Section.ANSWER).length;
        if (bytes > 0 && bytes + size > BATCH_BYTES) {
          out.add(m.toWire(TCP_SIZE));
          m = start(id, null);
          bytes = 0;
        }
        m.addRecord(r, Section.ANSWER);
        bytes += size;
      }
      out.add(m.toWire(TCP_SIZE));
      return out;
    }

    private static Message start(int id, Record question) {
      Message m = new Message(id);
      m.getHeader().setFlag(Flags.QR);
      m.getHeader().setFlag(Flags.AA);
      if (question != null) {
        m.addRecord(question, Section.QUESTION);
      }
      return m;
    }
  }
}
