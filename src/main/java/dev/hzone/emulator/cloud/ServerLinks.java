package dev.hzone.emulator.cloud;

import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FirewallEntry;
import dev.hzone.emulator.state.ImageEntry;
import dev.hzone.emulator.state.ServerConfig;
import dev.hzone.emulator.state.ServerEntry;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.state.Transaction;
import dev.hzone.emulator.state.VolumeEntry;
import dev.hzone.emulator.web.LabelSelector;
import java.util.List;

/**
 * What ties a server to the other resources: its {@link ServerConfig}, its volumes, the firewalls
 * that apply to it, and what happens to them when it is deleted.
 */
final class ServerLinks {
  private ServerLinks() {}

  /** The server's config; a server that no action has changed yet has the defaults. */
  static ServerConfig config(StateView v, long server) {
    return v.find(CloudKinds.SERVER_CONFIGS, server).orElseGet(() -> ServerConfig.defaults(server));
  }

  static List<VolumeEntry> volumes(StateView v, long server) {
    return v.all(CloudKinds.VOLUMES).stream()
        .filter(x -> x.server() != null && x.server() == server)
        .toList();
  }

  /** Whether {@code f} applies to {@code s}, directly or by one of its label selectors. */
  static boolean applies(FirewallEntry f, ServerEntry s) {
    for (FirewallEntry.Target t : f.appliedTo()) {
      if (t.server() != null
          ? t.server() == s.id()
          : LabelSelector.parse(t.labelSelector()).test(s.labels())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Deleting server {@code id}: its volumes are detached (they stay), it leaves its networks,
   * placement group and the firewalls that name it, and its backups go with it (snapshots stay).
   */
  static void serverDeleted(Transaction tx, long id) {
    for (VolumeEntry vol : volumes(tx, id)) {
      tx.put(CloudKinds.VOLUMES, vol.withServer(null));
    }
    tx.remove(CloudKinds.SERVER_CONFIGS, id);
    for (FirewallEntry f : tx.all(CloudKinds.FIREWALLS)) {
      List<FirewallEntry.Target> kept =
          f.appliedTo().stream().filter(t -> t.server() == null || t.server() != id).toList();
      if (kept.size() != f.appliedTo().size()) {
        tx.put(CloudKinds.FIREWALLS, f.withAppliedTo(kept));
      }
    }
    for (ImageEntry i : tx.all(CloudKinds.IMAGES)) {
      if (i.boundTo() != null && i.boundTo() == id) {
        tx.remove(CloudKinds.IMAGES, i.id());
      }
    }
  }
}
