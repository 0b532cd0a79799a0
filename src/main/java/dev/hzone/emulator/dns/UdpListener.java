package dev.hzone.emulator.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Serves DNS over UDP on one socket, answering each datagram on the receiving thread: answers come
 * from in-memory snapshots in microseconds, so pebble's three parallel queries are answered back to
 * back.
 */
final class UdpListener implements AutoCloseable {
  private final DatagramSocket socket;
  private final Responder responder;
  private final DnsServerOptions.QueryListener listener;
  private final Thread thread;

  UdpListener(DatagramSocket socket, Responder responder, DnsServerOptions.QueryListener listener) {
    this.socket = socket;
    this.responder = responder;
    this.listener = listener;
    this.thread = new Thread(this::serve, "hzone-dns-udp-" + socket.getLocalPort());
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void serve() {
    byte[] buf = new byte[Responder.TCP_SIZE];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(packet);
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
        continue;
      }
      InetSocketAddress client = (InetSocketAddress) packet.getSocketAddress();
      byte[] query =
          Arrays.copyOfRange(
              packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength());
      Optional<Reply> reply;
      try {
        reply = responder.answer(query, Transport.UDP, client);
      } catch (RuntimeException e) {
        // A bug must not stop the server; the client times out on this one query.
        continue;
      }
      if (reply.isEmpty()) {
        continue;
      }
      listener.answered(reply.get().event());
      for (byte[] m : reply.get().messages()) {
        try {
          socket.send(new DatagramPacket(m, m.length, client));
        } catch (IOException e) {
          if (socket.isClosed()) {
            return;
          }
        }
      }
    }
  }

  @Override
  public void close() {
    socket.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread()
          .interrupt(); // close() may not throw it (try-with-resources); the caller sees the flag
    }
  }
}
