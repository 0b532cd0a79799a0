package dev.hzone.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TSIGRecord;

/**
 * A scripted zone-transfer server on 127.0.0.1 (TCP only) that sends whatever message sequence a
 * test asks for, including the malformed ones a hostile or broken primary could send: unsigned
 * messages inside a signed stream, error RCODEs after the first message, bad MACs, another key, the
 * TC bit, a connection cut mid-message, no closing SOA, an empty answer section.
 *
 * <pre>{@code
 * try (FakeAxfrServer server = FakeAxfrServer.start(s -> s
 *     .send(Rcode.NOERROR, FakeAxfrServer.Sign.SIGNED, soa, ns, www)
 *     .send(Rcode.SERVFAIL, FakeAxfrServer.Sign.UNSIGNED, evil, soa))) { ... }
 * }</pre>
 */
public final class FakeAxfrServer implements AutoCloseable {
  /** How a message is signed. */
  public enum Sign {
    /**
     * Signed with the server's key, chained to the previous signed message as RFC 8945 §5.3.1 says.
     */
    SIGNED,
    /** No TSIG record. */
    UNSIGNED,
    /** Signed under the right key name with another secret: the MAC does not verify. */
    BAD_MAC,
    /** Signed with a key of another name. */
    OTHER_KEY
  }

  /** Writes the answer to one query; called once per connection. */
  @FunctionalInterface
  public interface Script {
    void answer(Stream stream) throws IOException;
  }

  private final ServerSocket socket;
  private final Keys key;
  private final Script script;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Throwable> failures = new ArrayList<>();
  private final Thread thread;

  private FakeAxfrServer(ServerSocket socket, Keys key, Script script) {
    this.socket = socket;
    this.key = key;
    this.script = script;
    this.thread = new Thread(this::serve, "fake-axfr-" + socket.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts a server that signs with the hmac-sha256 key {@code keyName}/{@code secret} and answers
   * every connection with {@code script}.
   */
  public static FakeAxfrServer start(String keyName, byte[] secret, Script script) {
    try {
      ServerSocket s = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
      Name name = Name.fromConstantString(keyName.endsWith(".") ? keyName : keyName + ".");
      return new FakeAxfrServer(s, new Keys(name, secret), Objects.requireNonNull(script));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code 127.0.0.1:PORT}. */
  public String hostPort() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  public InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
  }

  /** How many connections were accepted so far. */
  public int connections() {
    return connections.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket c = socket.accept()) {
        connections.incrementAndGet();
        c.setSoTimeout(10_000);
        DataInputStream in = new DataInputStream(c.getInputStream());
        byte[] query = new byte[in.readUnsignedShort()];
        in.readFully(query);
        Stream stream =
            new Stream(new Message(query), new DataOutputStream(c.getOutputStream()), key);
        script.answer(stream);
        stream.out.flush();
        c.shutdownOutput();
        // Let the client read to the end before the socket closes.
        c.getInputStream().read();
      } catch (SocketException e) {
        // closed by the test, or the client hung up
      } catch (IOException | RuntimeException e) {
        synchronized (failures) {
          failures.add(e);
        }
      }
    }
  }

  /** Problems of the server itself (not of the client under test), for a test's last assertion. */
  public List<Throwable> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
      thread.join(5_000);
    } catch (IOException e) {
      // already closed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One answer stream: the query, and the messages sent so far. */
  public static final class Stream {
    private final Message query;
    private final DataOutputStream out;
    private final Keys key;
    private TSIGRecord previous;
    private int sent;

    Stream(Message query, DataOutputStream out, Keys key) {
      this.query = query;
      this.out = out;
      this.key = key;
    }

    /** The query as received. */
    public Message query() {
      return query;
    }

    /**
     * Sends one message with {@code rcode}, signed as {@code sign}, the records in its answer
     * section.
     */
    public Stream send(int rcode, Sign sign, Record... answers) throws IOException {
      return send(rcode, sign, false, answers);
    }

    /** As {@link #send(int, Sign, Record...)}, with the TC bit set when {@code truncated}. */
    public Stream send(int rcode, Sign sign, boolean truncated, Record... answers)
        throws IOException {
      writeFrame(build(rcode, sign, truncated, answers));
      return this;
    }

    /** Sends the first half of a message, then nothing more: a connection cut mid-message. */
    public Stream sendHalf(int rcode, Sign sign, Record... answers) throws IOException {
      byte[] wire = build(rcode, sign, false, answers);
      out.writeShort(wire.length);
      out.write(wire, 0, wire.length / 2);
      out.flush();
      return this;
    }

    private byte[] build(int rcode, Sign sign, boolean truncated, Record... answers) {
      Message m = new Message(query.getHeader().getID());
      m.getHeader().setFlag(Flags.QR);
      m.getHeader().setFlag(Flags.AA);
      if (truncated) {
        m.getHeader().setFlag(Flags.TC);
      }
      m.getHeader().setRcode(rcode);
      if (sent == 0 && query.getQuestion() != null) {
        m.addRecord(query.getQuestion(), Section.QUESTION);
      }
      for (Record r : answers) {
        m.addRecord(r, Section.ANSWER);
      }
      boolean first = sent == 0;
      sent++;
      switch (sign) {
        case UNSIGNED -> {
          return m.toWire(65535);
        }
        case SIGNED -> {
          TSIGRecord prior = first ? query.getTSIG() : previous;
          key.right().apply(m, Rcode.NOERROR, prior, first);
          previous = m.getTSIG();
          return m.toWire(65535);
        }
        case BAD_MAC, OTHER_KEY -> {
          TSIG other = sign == Sign.BAD_MAC ? key.otherSecret() : key.otherName();
          other.apply(m, Rcode.NOERROR, first ? query.getTSIG() : previous, first);
          return m.toWire(65535);
        }
        default -> throw new IllegalStateException(sign.name());
      }
    }

    private void writeFrame(byte[] wire) throws IOException {
      out.writeShort(wire.length);
      out.write(wire);
    }
  }

  /** The server's key, and keys that look like it but are not. */
  private record Keys(Name name, byte[] secret) {
    TSIG right() {
      return new TSIG(TSIG.HMAC_SHA256, name, secret);
    }

    TSIG otherSecret() {
      byte[] other = secret.clone();
      other[0] ^= 0x55;
      return new TSIG(TSIG.HMAC_SHA256, name, other);
    }

    TSIG otherName() {
      return new TSIG(TSIG.HMAC_SHA256, Name.fromConstantString("someone-else."), secret);
    }
  }
}
