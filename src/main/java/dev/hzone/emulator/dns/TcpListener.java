package dev.hzone.emulator.dns;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves DNS over TCP (RFC 7766): two-byte length prefixes, several queries per connection, answers
 * in order. Three deadlines keep slow or idle clients from holding the server: a connection waiting
 * for its next query is closed after {@link #IDLE_MILLIS}; a query, once its first byte has come,
 * must arrive whole within {@link #MESSAGE_MILLIS}; and no connection lives longer than {@link
 * #LIFETIME_MILLIS}. When all {@link #MAX_CONNECTIONS} are taken, a new connection closes the one
 * that has waited longest for its next query, or else the oldest (RFC 7766 §6.2.3 lets a server
 * under load close idle connections), so that new clients are always served. A zone transfer is
 * several messages.
 */
final class TcpListener implements AutoCloseable {
  /**
   * Idle time after which a connection is closed (RFC 7766 §6.2.3 suggests seconds, not minutes).
   */
  static final int IDLE_MILLIS = 10_000;

  /** How long one query may take to arrive once it has begun. */
  static final int MESSAGE_MILLIS = 3_000;

  /** The longest a connection is kept, however busy. */
  static final int LIFETIME_MILLIS = 60_000;

  /** Connections served at once; a new one beyond closes an idle or the oldest one. */
  static final int MAX_CONNECTIONS = 64;

  private final ServerSocket server;
  private final Responder responder;
  private final DnsServerOptions.QueryListener listener;
  private final ExecutorService workers;
  private final Map<Socket, Connection> open = new ConcurrentHashMap<>();
  private final Thread acceptor;

  /**
   * When a connection began, and since when it has waited for a query (0 while it reads or answers
   * one).
   */
  private static final class Connection {
    final long startedNanos = System.nanoTime();
    volatile long idleSinceNanos = startedNanos;
  }

  TcpListener(ServerSocket server, Responder responder, DnsServerOptions.QueryListener listener) {
    this.server = server;
    this.responder = responder;
    this.listener = listener;
    int port = server.getLocalPort();
    this.workers =
        Executors.newCachedThreadPool(
            r -> {
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
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
        continue;
      }
      synchronized (open) {
        while (open.size() >= MAX_CONNECTIONS) {
          evictOne();
        }
        open.put(s, new Connection());
      }
      workers.execute(
          () -> {
            try {
              serve(s, open.get(s));
            } finally {
              open.remove(s);
            }
          });
    }
  }

  /** Closes the connection idle the longest, else the oldest; its worker then ends. */
  private void evictOne() {
    Comparator<Map.Entry<Socket, Connection>> idleLongest =
        Comparator.comparingLong(e -> e.getValue().idleSinceNanos);
    Optional<Map.Entry<Socket, Connection>> victim =
        open.entrySet().stream().filter(e -> e.getValue().idleSinceNanos != 0).min(idleLongest);
    if (victim.isEmpty()) {
      victim =
          open.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().startedNanos));
    }
    victim.ifPresent(
        e -> {
          open.remove(e.getKey());
          closeQuietly(e.getKey());
        });
  }

  private void serve(Socket s, Connection c) {
    if (c == null) {
      return; // evicted before it began
    }
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      InetSocketAddress client = (InetSocketAddress) s.getRemoteSocketAddress();
      long endOfLife = c.startedNanos + TimeUnit.MILLISECONDS.toNanos(LIFETIME_MILLIS);
      while (true) {
        c.idleSinceNanos = System.nanoTime();
        int first = readFirstByte(s, in, endOfLife);
        if (first < 0) {
          return;
        }
        c.idleSinceNanos = 0;
        long deadline =
            Math.min(endOfLife, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MESSAGE_MILLIS));
        byte[] second = new byte[1];
        readFully(s, in, second, deadline);
        int length = (first << 8) | (second[0] & 0xff);
        byte[] query = new byte[length];
        readFully(s, in, query, deadline);
        Optional<Reply> reply = responder.answer(query, Transport.TCP, client);
        if (reply.isEmpty()) {
          return;
        }
        listener.answered(reply.get().event());
        for (byte[] m : reply.get().messages()) {
          byte[] framed = new byte[m.length + 2];
          framed[0] = (byte) (m.length >>> 8);
          framed[1] = (byte) m.length;
          System.arraycopy(m, 0, framed, 2, m.length);
          out.write(framed);
        }
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // Timeout, reset, eviction or a malformed stream: the connection ends, the server goes on.
    }
  }

  /**
   * The first byte of the next query, or -1 at the end of the stream or when the connection has
   * lived long enough.
   */
  private static int readFirstByte(Socket s, InputStream in, long endOfLife) throws IOException {
    long left = TimeUnit.NANOSECONDS.toMillis(endOfLife - System.nanoTime());
    if (left <= 0) {
      return -1;
    }
    s.setSoTimeout((int) Math.min(IDLE_MILLIS, left));
    return in.read();
  }

  /** Fills {@code buf}, or throws once {@code deadline} (System.nanoTime) has passed. */
  private static void readFully(Socket s, InputStream in, byte[] buf, long deadline)
      throws IOException {
    int off = 0;
    while (off < buf.length) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new SocketTimeoutException("the query did not arrive in time");
      }
      s.setSoTimeout((int) left);
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) {
        throw new EOFException("the connection ended inside a query");
      }
      off += n;
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open.keySet()) {
      s.close();
    }
    workers.shutdownNow();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
      acceptor.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread()
          .interrupt(); // close() may not throw it (try-with-resources); the caller sees the flag
    }
  }
}
