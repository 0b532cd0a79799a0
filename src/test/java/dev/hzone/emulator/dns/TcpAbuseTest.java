package dev.hzone.emulator.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** Slow and idle TCP clients cannot keep others from DNS over TCP (issue 14, item 5). */
class TcpAbuseTest {
  private DnsServer server;
  private final List<Socket> attackers = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = DnsServer.start(new InetSocketAddress("127.0.0.1", 0), DnsServerOptions.defaults());
    server.publish(TestZones.example());
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : attackers) {
      s.close();
    }
    server.close();
  }

  private Socket connect() throws IOException {
    Socket s = new Socket();
    s.connect(server.address(), 5000);
    attackers.add(s);
    return s;
  }

  private int askOverTcp() throws IOException {
    SimpleResolver r = new SimpleResolver(server.address());
    r.setTCP(true);
    r.setTimeout(Duration.ofSeconds(5));
    Message q =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("www.example.test."), Type.A, DClass.IN));
    return r.send(q).getRcode();
  }

  @Test
  void aQueryIsAnsweredWhileEveryConnectionSlotIsHeldBySlowClients() throws IOException {
    // Each sends the first byte of a length prefix and then trickles: today each held its slot for
    // as long as it
    // kept sending a byte within the 10-second idle time, and the 65th client waited for a free
    // slot.
    for (int i = 0; i < TcpListener.MAX_CONNECTIONS; i++) {
      Socket s = connect();
      s.getOutputStream().write(0);
      s.getOutputStream().flush();
    }
    assertEquals(Rcode.NOERROR, askOverTcp());
  }

  @Test
  void aQueryIsAnsweredWhileEveryConnectionSlotIsHeldByIdleClients() throws IOException {
    for (int i = 0; i < TcpListener.MAX_CONNECTIONS; i++) {
      connect();
    }
    assertEquals(Rcode.NOERROR, askOverTcp());
  }

  @Test
  void aQueryThatDoesNotArriveWholeInTimeLosesItsConnection() throws IOException {
    Socket s = connect();
    s.getOutputStream().write(new byte[] {0, 40, 1}); // a 40-byte query of which one byte comes
    s.getOutputStream().flush();
    s.setSoTimeout(TcpListener.MESSAGE_MILLIS + 5_000);
    InputStream in = s.getInputStream();
    long started = System.nanoTime();
    int read;
    try {
      read = in.read();
    } catch (SocketTimeoutException e) {
      read = -2;
    } catch (IOException e) {
      read = -1; // reset: closed as well
    }
    assertEquals(-1, read, "the server closes the connection instead of waiting for the rest");
    long waitedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(
        waitedMillis < TcpListener.IDLE_MILLIS,
        "closed by the query deadline, not the idle time: " + waitedMillis + " ms");
  }
}
