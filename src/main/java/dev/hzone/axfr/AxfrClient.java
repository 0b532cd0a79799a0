package dev.hzone.axfr;

import dev.hzone.axfr.AxfrException.Kind;
import dev.hzone.tsig.TsigKey;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TSIGRecord;
import org.xbill.DNS.Type;

/**
 * Transfers a whole zone by AXFR over TCP, checking every message of the stream (see the package
 * documentation for the rules). Thread-safe; one instance serves any number of transfers.
 *
 * <pre>{@code
 * AxfrResult r = new AxfrClient(AxfrLimits.defaults(), Clock.systemUTC())
 *     .transfer(new InetSocketAddress("192.0.2.53", 53), Name.fromString("example.com."), Optional.of(key));
 * }</pre>
 */
public final class AxfrClient {
  private final AxfrLimits limits;
  private final Clock clock;
  private final SecureRandom ids = new SecureRandom();

  /**
   * @param limits time, records and bytes one transfer may take
   * @param clock the clock for the TSIG time check
   */
  public AxfrClient(AxfrLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public AxfrLimits limits() {
    return limits;
  }

  /**
   * Transfers {@code zone} from {@code server}, signed with {@code key} when given (it must have a
   * name).
   *
   * @throws AxfrException when anything about the transfer fails; no records are returned in part
   */
  public AxfrResult transfer(InetSocketAddress server, Name zone, Optional<TsigKey> key) {
    Name origin = zone.canonicalize();
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    Optional<TSIG> tsig = key.map(k -> DnsjavaTsig.signer(k, clock));
    Message query = query(origin, tsig);
    try (Socket socket = new Socket()) {
      if (server.isUnresolved()) {
        throw AxfrException.of(
            Kind.UNREACHABLE, 0, "cannot resolve host " + server.getHostString());
      }
      try {
        socket.connect(server, remainingMillis(deadline));
      } catch (SocketTimeoutException e) {
        throw new AxfrException(Kind.TIMEOUT, 0, -1, -1, "no connection within " + seconds(), e);
      }
      byte[] wire = query.toWire(Message.MAXLENGTH);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(wire.length);
      out.write(wire);
      out.flush();
      Stream stream =
          new Stream(origin, query, tsig.map(t -> new TSIG.StreamVerifier(t, query.getTSIG())));
      InputStream in = socket.getInputStream();
      while (!stream.done) {
        stream.accept(read(socket, in, deadline, stream));
      }
      return new AxfrResult(stream.records, stream.messages, stream.bytes, tsig.isPresent());
    } catch (SocketTimeoutException e) {
      throw new AxfrException(
          Kind.TIMEOUT, 0, -1, -1, "the transfer did not complete within " + seconds(), e);
    } catch (IOException e) {
      throw new AxfrException(Kind.UNREACHABLE, 0, -1, -1, describe(e), e);
    }
  }

  private Message query(Name origin, Optional<TSIG> tsig) {
    Message query = new Message(ids.nextInt(0x10000));
    query.getHeader().setOpcode(Opcode.QUERY);
    query.addRecord(Record.newRecord(origin, Type.AXFR, DClass.IN), Section.QUESTION);
    tsig.ifPresent(t -> t.apply(query, null));
    return query;
  }

  /** Reads one length-prefixed message, within the deadline and the byte limit. */
  private byte[] read(Socket socket, InputStream in, long deadline, Stream stream)
      throws IOException {
    int n = stream.messages + 1;
    int hi = readByte(socket, in, deadline);
    if (hi < 0) {
      throw AxfrException.of(
          Kind.PROTOCOL,
          n,
          stream.messages == 0
              ? "the server closed the connection without answering"
              : "the server closed the connection after message "
                  + stream.messages
                  + " ("
                  + stream.records.size()
                  + " records) without the closing SOA");
    }
    int lo = readByte(socket, in, deadline);
    if (lo < 0) {
      throw AxfrException.of(Kind.PROTOCOL, n, "message " + n + " was cut off in its length");
    }
    int length = (hi << 8) | lo;
    if (stream.bytes + length > limits.maxBytes()) {
      throw AxfrException.of(Kind.LIMIT, n, "the transfer exceeds " + limits.maxBytes() + " bytes");
    }
    byte[] b = new byte[length];
    int got = 0;
    while (got < length) {
      socket.setSoTimeout(remainingMillis(deadline));
      int r = in.read(b, got, length - got);
      if (r < 0) {
        throw AxfrException.of(
            Kind.PROTOCOL,
            n,
            "message " + n + " was cut off after " + got + " of " + length + " bytes");
      }
      got += r;
    }
    return b;
  }

  private int readByte(Socket socket, InputStream in, long deadline) throws IOException {
    socket.setSoTimeout(remainingMillis(deadline));
    return in.read();
  }

  private int remainingMillis(long deadline) throws SocketTimeoutException {
    long ms = (deadline - System.nanoTime()) / 1_000_000;
    if (ms <= 0) {
      throw new SocketTimeoutException("deadline passed");
    }
    return (int) Math.min(Integer.MAX_VALUE, ms);
  }

  private String seconds() {
    return limits.timeout().toMillis() % 1000 == 0
        ? limits.timeout().toSeconds() + " s"
        : limits.timeout().toMillis() + " ms";
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e instanceof EOFException || m == null ? e.getClass().getSimpleName() : m;
  }

  /** The state of one transfer: what was accepted so far, and the rules for the next message. */
  private final class Stream {
    final Name origin;
    final Message query;
    final Optional<TSIG.StreamVerifier> verifier;
    final List<Record> records = new ArrayList<>();
    SOARecord first;
    int messages;
    long bytes;
    boolean done;

    Stream(Name origin, Message query, Optional<TSIG.StreamVerifier> verifier) {
      this.origin = origin;
      this.query = query;
      this.verifier = verifier;
    }

    void accept(byte[] wire) {
      int n = ++messages;
      bytes += wire.length;
      Message m;
      try {
        m = new Message(wire);
      } catch (IOException e) {
        throw new AxfrException(
            Kind.PROTOCOL,
            n,
            -1,
            -1,
            "message " + n + " is not a valid DNS message (" + e.getMessage() + ")",
            e);
      }
      if (m.getHeader().getID() != query.getHeader().getID() || !m.getHeader().getFlag(Flags.QR)) {
        throw AxfrException.of(
            Kind.PROTOCOL, n, "message " + n + " is not a response to our query");
      }
      int rcode = m.getRcode();
      if (rcode != Rcode.NOERROR) {
        // Checked before anything else: an error ends the transfer whatever the message holds or is
        // signed with.
        TSIGRecord t = m.getTSIG();
        int tsigError = t != null && t.getError() != Rcode.NOERROR ? t.getError() : -1;
        throw new AxfrException(
            tsigError >= 0 ? Kind.TSIG : Kind.RCODE,
            n,
            rcode,
            tsigError,
            "message "
                + n
                + " has RCODE "
                + Rcode.string(rcode)
                + (tsigError >= 0 ? " with TSIG error " + Rcode.TSIGstring(tsigError) : ""),
            null);
      }
      if (m.getHeader().getFlag(Flags.TC)) {
        throw AxfrException.of(Kind.PROTOCOL, n, "message " + n + " is truncated (TC bit set)");
      }
      List<Record> answers = m.getSection(Section.ANSWER);
      if (answers.isEmpty()) {
        throw AxfrException.of(
            Kind.PROTOCOL,
            n,
            "message "
                + n
                + " has an empty answer section"
                + (n == 1
                    ? " (the server sent no zone: is it authoritative for " + origin + "?)"
                    : ""));
      }
      if (n == 1) {
        Record q = m.getQuestion();
        if (q != null && (q.getType() != Type.AXFR || !q.getName().equals(origin))) {
          throw AxfrException.of(
              Kind.PROTOCOL,
              n,
              "message 1 answers another question ("
                  + q.getName()
                  + " "
                  + Type.string(q.getType())
                  + ")");
        }
      }
      boolean closes = closesZone(answers);
      verifier.ifPresent(v -> verify(v, m, wire, n, closes));
      take(answers, n);
    }

    private boolean closesZone(List<Record> answers) {
      for (int i = first == null ? 1 : 0; i < answers.size(); i++) {
        if (isApexSoa(answers.get(i))) {
          return true;
        }
      }
      return false;
    }

    private void verify(TSIG.StreamVerifier v, Message m, byte[] wire, int n, boolean last) {
      int result = v.verify(m, wire, last);
      TSIGRecord t = m.getTSIG();
      if (result != Rcode.NOERROR || t != null && !m.isVerified()) {
        String why =
            v.getErrorMessage() != null && t == null
                ? (last
                    ? "the last message is not signed"
                    : n == 1
                        ? "the first message is not signed"
                        : "more than 99 messages in a row are not signed")
                : "its signature did not verify (" + Rcode.TSIGstring(result) + ")";
        throw new AxfrException(
            Kind.TSIG, n, Rcode.NOERROR, result, "message " + n + ": " + why, null);
      }
    }

    private void take(List<Record> answers, int n) {
      for (int i = 0; i < answers.size(); i++) {
        Record r = answers.get(i);
        if (first == null) {
          if (!isApexSoa(r)) {
            throw AxfrException.of(
                Kind.PROTOCOL,
                n,
                "the first record is "
                    + r.getName()
                    + " "
                    + Type.string(r.getType())
                    + ", not the SOA of "
                    + origin);
          }
          first = (SOARecord) r;
          records.add(r);
          continue;
        }
        if (isApexSoa(r)) {
          if (((SOARecord) r).getSerial() != first.getSerial()) {
            throw AxfrException.of(
                Kind.PROTOCOL,
                n,
                "the closing SOA has serial "
                    + ((SOARecord) r).getSerial()
                    + ", the first "
                    + first.getSerial()
                    + " (the zone changed during the transfer; try again)");
          }
          if (i != answers.size() - 1) {
            throw AxfrException.of(
                Kind.PROTOCOL, n, "message " + n + " has records after the closing SOA");
          }
          done = true;
          return;
        }
        if (records.size() >= limits.maxRecords()) {
          throw AxfrException.of(
              Kind.LIMIT, n, "the zone has more than " + limits.maxRecords() + " records");
        }
        records.add(r);
      }
    }

    private boolean isApexSoa(Record r) {
      return r.getType() == Type.SOA && r.getName().equals(origin);
    }
  }
}
