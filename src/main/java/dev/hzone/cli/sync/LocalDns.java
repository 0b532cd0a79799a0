package dev.hzone.cli.sync;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Invocation;
import java.net.InetSocketAddress;
import java.util.List;

/** The DNS address of the {@code --local} emulator, for {@code apply --verify-dns}. */
final class LocalDns {
  private LocalDns() {}

  static List<InetSocketAddress> addresses(Invocation inv) {
    return ClientFactory.localDnsAddress(inv)
        .map(List::of)
        .orElseThrow(
            () ->
                CliException.usage(
                    "the --local emulator runs no DNS server; pass --nameserver HOST:PORT"));
  }
}
