package dev.hzone.emulator.dns;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Serves DNS over TCP (RFC 7766): two-byte length prefixes, several queries per connection, answers in
 * order, idle connections closed after {@link #IDLE_MILLIS}. A zone transfer is several messages.
 */
final class TcpListener implements AutoCloseable {
  /** Idle time after which a connection is closed (RFC 7766 §6.2.3 suggests seconds, not minutes). */
  static final int IDLE_MILLIS = 10_000;
  /** Connections served at once; more wait to be accepted. */
  static final int MAX_CONNECTIONS = 64;

  private final ServerSocket server;
  private final Responder responder;
  private final DnsServerOptions.QueryListener listener;
  private final ExecutorService workers;
  private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  TcpListener(ServerSocket server, Responder responder, DnsServerOptions.QueryListener listener) {
    this.server = server;
    this.responder = responder;
    this.listener = listener;
    int port = server.getLocalPort();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hzone-dns-tcp-" + port);
      t.setDaemon(true);
      return t;
    });
    this.acceptor = new Thread(this::accept, "hzone-dns-tcp-accept-" + port);
    this.acceptor.setDaemon(true);
  }

  void start() {
    acceptor.start();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        return;
      }
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        slots.release();
        if (server.isClosed()) {
          return;
        }
        continue;
      }
      open.add(s);
      workers.execute(() -> {
        try {
          serve(s);
        } finally {
          open.remove(s);
          slots.release();
        }
      });
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(IDLE_MILLIS);
      s.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      InetSocketAddress client = (InetSocketAddress) s.getRemoteSocketAddress();
      while (true) {
        int length;
        try {
          length = in.readUnsignedShort();
        } catch (EOFException e) {
          return;
        }
        byte[] query = new byte[length];
        in.readFully(query);
        Optional<Reply> reply = responder.answer(query, Transport.TCP, client);
        if (reply.isEmpty()) {
          return;
        }
        for (byte[] m : reply.get().messages()) {
          byte[] framed = new byte[m.length + 2];
          framed[0] = (byte) (m.length >>> 8);
          framed[1] = (byte) m.length;
          System.arraycopy(m, 0, framed, 2, m.length);
          out.write(framed);
        }
        out.flush();
        listener.answered(reply.get().event());
      }
    } catch (IOException | RuntimeException e) {
      // Timeout, reset or a malformed stream: the connection ends, the server goes on.
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    workers.shutdownNow();
    workers.awaitTermination(2, TimeUnit.SECONDS);
    acceptor.join(2000);
  }
}
