package dev.hzone.sync.document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import dev.hzone.resolve.SoaSerials;
import dev.hzone.sync.ZoneAttributes;
import dev.hzone.sync.remote.ReadCache;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteZone;
import dev.hzone.sync.remote.ZoneInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@link ReadCache} on disk: per project (API endpoint and a hash of the token, never the
 * token) a directory under the user's cache directory, per zone one JSON file with what the last
 * read from the API returned, the SOA serial in it, and a digest over it ({@link
 * RemoteZone#fingerprint()}). A lookup is a hit only when the file is whole (its digest matches),
 * belongs to this project, and every nameserver of the zone answers with that serial; anything else
 * is a miss and the zone is read from the API. Files are written atomically, so a run that is
 * killed leaves the old entry or the new one.
 */
public final class SerialCache implements ReadCache {
  private static final int VERSION = 1;
  private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9_][a-z0-9_.-]*");

  /** Where a zone's nameservers are asked: its assigned nameservers, or servers given instead. */
  @FunctionalInterface
  public interface Nameservers {
    /** The addresses to ask for {@code zone}'s serial; empty when none can be asked. */
    List<InetSocketAddress> of(ZoneInfo zone);

    /** The zone's assigned nameservers, resolved by the system resolver, port 53. */
    Nameservers ASSIGNED =
        zone -> {
          List<InetSocketAddress> out = new ArrayList<>();
          for (String ns : zone.assignedNameservers()) {
            try {
              for (InetAddress a : InetAddress.getAllByName(ns)) {
                out.add(new InetSocketAddress(a, 53));
              }
            } catch (UnknownHostException e) {
              return List.of(); // a nameserver that cannot be asked proves nothing: read the zone
            }
          }
          return out;
        };

    /** The same servers for every zone (a local emulator, or {@code --nameserver}). */
    static Nameservers fixed(List<InetSocketAddress> servers) {
      List<InetSocketAddress> copy = List.copyOf(servers);
      return zone -> copy;
    }
  }

  private final Path dir;
  private final String project;
  private final Nameservers nameservers;
  private final SoaSerials serials;
  private final boolean refresh;

  /**
   * @param root the hzone cache directory ({@link #directory})
   * @param project the project's key ({@link #projectKey})
   * @param refresh {@code --refresh}: every lookup misses, every read is stored
   */
  public SerialCache(
      Path root, String project, Nameservers nameservers, SoaSerials serials, boolean refresh) {
    this.project = Objects.requireNonNull(project, "project");
    this.dir = root.resolve(project.replace("sha256:", ""));
    this.nameservers = Objects.requireNonNull(nameservers, "nameservers");
    this.serials = Objects.requireNonNull(serials, "serials");
    this.refresh = refresh;
  }

  /**
   * The hzone cache directory from the environment: {@code $XDG_CACHE_HOME/hzone}, else {@code
   * $HOME/.cache/hzone}; empty when neither is set (then nothing is cached).
   */
  public static Optional<Path> directory(Function<String, Optional<String>> env) {
    Optional<String> xdg =
        env.apply("XDG_CACHE_HOME").filter(s -> !s.isBlank() && Path.of(s).isAbsolute());
    if (xdg.isPresent()) {
      return Optional.of(Path.of(xdg.get(), "hzone"));
    }
    return env.apply("HOME").filter(s -> !s.isBlank()).map(h -> Path.of(h, ".cache", "hzone"));
  }

  /**
   * The key of a project: a digest of the endpoint and of the token's digest, so the token is never
   * stored.
   */
  public static String projectKey(String endpoint, String token) {
    return RemoteZone.sha256(endpoint + "\n" + RemoteZone.sha256(token));
  }

  @Override
  public Optional<RemoteZone> lookup(String zone) {
    if (refresh) {
      return Optional.empty();
    }
    Optional<Entry> entry = load(zone);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    List<InetSocketAddress> servers = nameservers.of(entry.get().zone().info());
    try {
      OptionalLong served = serials.common(zone, servers);
      if (served.isPresent() && served.getAsLong() == entry.get().serial()) {
        return Optional.of(entry.get().zone());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // a nameserver answer that cannot be read: a miss
    }
    return Optional.empty();
  }

  @Override
  public void store(RemoteZone zone) {
    OptionalLong serial = zone.soaSerial();
    if (zone.info().mode() != ZoneMode.PRIMARY
        || serial.isEmpty()
        || !SAFE_NAME.matcher(zone.name()).matches()
        || zone.readMethod() == ReadMethod.NONE) {
      return;
    }
    RemoteZone cached = new RemoteZone(zone.info(), zone.data(), ReadMethod.CACHED);
    JsonObject o = new JsonObject();
    o.addProperty("version", VERSION);
    o.addProperty("project", project);
    o.addProperty("zone", zone.name());
    o.addProperty("serial", serial.getAsLong());
    o.addProperty("id", zone.info().id());
    o.add("attributes", PlanJsonCodec.attributes(zone.info().attributes()));
    JsonArray assigned = new JsonArray();
    zone.info().assignedNameservers().forEach(assigned::add);
    o.add("assigned", assigned);
    JsonArray rrsets = new JsonArray();
    for (Rrset r : zone.data().rrsets().values()) {
      rrsets.add(PlanJsonCodec.rrset(r));
    }
    o.add("rrsets", rrsets);
    o.addProperty("digest", cached.fingerprint());
    try {
      Files.createDirectories(dir);
      try {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the user's cache directory keeps its own permissions
      }
      Path tmp = Files.createTempFile(dir, ".zone", ".tmp");
      Files.writeString(tmp, o.toString(), StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp,
            file(zone.name()),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file(zone.name()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // a cache that cannot be written costs requests next time, nothing else
    }
  }

  @Override
  public void forget(String zone) {
    if (!SAFE_NAME.matcher(zone).matches()) {
      return;
    }
    try {
      Files.deleteIfExists(file(zone));
    } catch (IOException e) {
      // the next lookup still checks the serial, which the change raises
    }
  }

  private Path file(String zone) {
    return dir.resolve(zone + ".json");
  }

  private record Entry(long serial, RemoteZone zone) {}

  /** The entry for {@code zone}, if it is whole and this project's. */
  private Optional<Entry> load(String zone) {
    if (!SAFE_NAME.matcher(zone).matches()) {
      return Optional.empty();
    }
    Path f = file(zone);
    try {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      JsonObject o =
          JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
      if (o.get("version").getAsInt() != VERSION
          || !project.equals(o.get("project").getAsString())
          || !zone.equals(o.get("zone").getAsString())) {
        return Optional.empty();
      }
      ZoneAttributes attrs =
          new PlanJsonCodec(
                  (p, a) -> {
                    throw new IllegalStateException("a cached primary zone has no TSIG keys");
                  })
              .attributes(o.getAsJsonObject("attributes"));
      List<String> assigned = new ArrayList<>();
      o.getAsJsonArray("assigned").forEach(e -> assigned.add(e.getAsString()));
      ZoneInfo info = new ZoneInfo(o.get("id").getAsLong(), zone, attrs, assigned);
      List<Rrset> rrsets = new ArrayList<>();
      for (JsonElement e : o.getAsJsonArray("rrsets")) {
        JsonObject r = e.getAsJsonObject();
        rrsets.add(
            Rrset.of(
                    PlanJsonCodec.key(r),
                    PlanJsonCodec.ttl(r.get("ttl")),
                    PlanJsonCodec.records(r.getAsJsonArray("records")))
                .withLabels(PlanJsonCodec.labels(r.getAsJsonObject("labels")))
                .withChangeProtected(r.get("protected").getAsBoolean()));
      }
      RemoteZone remote =
          new RemoteZone(
              info, ZoneData.of(zone, OptionalInt.of(attrs.ttl()), rrsets), ReadMethod.CACHED);
      long serial = o.get("serial").getAsLong();
      if (!remote.fingerprint().equals(o.get("digest").getAsString())
          || remote.soaSerial().orElse(-1) != serial) {
        return Optional.empty();
      }
      return Optional.of(new Entry(serial, remote));
    } catch (IOException | RuntimeException e) {
      // unreadable, truncated or edited by hand: ignored, and replaced by the next read
      return Optional.empty();
    }
  }
}
