package dev.hzone.emulator.state;

import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A kind of Cloud resource kept in the state as a record of type {@code T}, by ID: the generic home for
 * resources that need no index beyond their ID (floating IPs, primary IPs, load balancers, certificates), so
 * that a new kind is a record and a constant here, not a new map, file section, reader and writer. Records are
 * persisted with Gson (records, {@link java.time.Instant} and {@link java.util.Optional} members) in
 * {@code servers.json}, beside the servers they refer to, so that a change to both is one atomic write.
 *
 * @param key the member of {@code servers.json} that holds them, e.g. {@code floating_ips}
 * @param type the record class
 * @param ids the ID counter of the kind
 * @param idOf the ID of an entry
 * @param <T> the record type
 */
public record ResourceKind<T extends Record>(String key, Class<T> type, IdCounters.Kind ids, ToLongFunction<T> idOf) {

  public static final ResourceKind<FloatingIpEntry> FLOATING_IP = new ResourceKind<>("floating_ips",
      FloatingIpEntry.class, IdCounters.Kind.FLOATING_IP, FloatingIpEntry::id);
  public static final ResourceKind<PrimaryIpEntry> PRIMARY_IP = new ResourceKind<>("primary_ips",
      PrimaryIpEntry.class, IdCounters.Kind.PRIMARY_IP, PrimaryIpEntry::id);
  public static final ResourceKind<LoadBalancerEntry> LOAD_BALANCER = new ResourceKind<>("load_balancers",
      LoadBalancerEntry.class, IdCounters.Kind.LOAD_BALANCER, LoadBalancerEntry::id);
  public static final ResourceKind<CertificateEntry> CERTIFICATE = new ResourceKind<>("certificates",
      CertificateEntry.class, IdCounters.Kind.CERTIFICATE, CertificateEntry::id);

  /** Every kind, in the order they are written. */
  public static final List<ResourceKind<?>> ALL = List.of(FLOATING_IP, PRIMARY_IP, LOAD_BALANCER, CERTIFICATE);

  public ResourceKind {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(idOf, "idOf");
  }

  /** The ID of {@code entry}. */
  public long id(T entry) {
    return idOf.applyAsLong(entry);
  }

  /** {@code entry} as this kind's record, or a {@link ClassCastException}. */
  T cast(Object entry) {
    return type.cast(entry);
  }
}
