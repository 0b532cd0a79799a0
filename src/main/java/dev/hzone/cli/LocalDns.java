package dev.hzone.cli;

import java.net.InetSocketAddress;
import java.util.List;

/** The DNS address of the {@code --local} emulator, for {@code apply --verify-dns}. */
final class LocalDns {
  private LocalDns() {}

  static List<InetSocketAddress> addresses(Invocation inv) {
    throw CliException.usage("--verify-dns with --local needs --nameserver HOST:PORT of the emulator's DNS server");
  }
}
