package dev.hzone.emulator;

import dev.hzone.emulator.publish.ZonePublisher;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * An authoritative DNS server that the emulator starts on {@code --dns-listen} and feeds with its
 * primary zones (see {@link ZonePublisher}).
 */
public interface ZoneServer extends ZonePublisher, AutoCloseable {

  /** The address actually bound (UDP and TCP on the same port). */
  InetSocketAddress address();

  @Override
  void close();

  /** Starts a server on an address. */
  @FunctionalInterface
  interface Factory {
    /**
     * Binds {@code listen} (port 0: a free port) and starts serving.
     *
     * @throws IOException when the address cannot be bound
     */
    ZoneServer start(InetSocketAddress listen) throws IOException;
  }
}
