package dev.hzone.migrate;

import dev.hzone.api.Sleeper;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.dns.ZoneData;
import dev.hzone.resolve.PropagationWaiter;
import dev.hzone.zonefile.RecordValueFormatter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TextParseException;

/**
 * Proves a migration before the delegation changes: asks the old host and each new nameserver the
 * same question for every migrated RRSet, and compares the answers. Differences the migration
 * intended (Hetzner's apex NS and SOA primary, the serial, TTLs the API forced, Cloudflare's proxy
 * addresses) are marked as expected, with the reason; everything else is a difference.
 *
 * <pre>{@code
 * Conversion c = ZoneConverter.convert("example.com", oldRecords, ConversionOptions.defaults());
 * VerificationReport r = new MigrationVerifier(new NameserverClient(Duration.ofSeconds(3), Clock.systemUTC()), 8)
 *     .verify(c, ServerAddress.parse("192.0.2.53"), List.of(ServerAddress.parse("hydrogen.ns.hetzner.com")));
 * r.agrees();
 * }</pre>
 */
public final class MigrationVerifier {
  private final NameserverClient client;
  private final int parallelism;

  /**
   * @param client sends the queries
   * @param parallelism how many questions may be under way at once
   */
  public MigrationVerifier(NameserverClient client, int parallelism) {
    this.client = Objects.requireNonNull(client, "client");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    this.parallelism = parallelism;
  }

  /**
   * Asks {@code old} and every server of {@code servers} about every RRSet of {@code conversion}'s
   * zone.
   *
   * @param conversion the zone as migrated, and the report that explains intended differences
   */
  public VerificationReport verify(
      Conversion conversion, ServerAddress old, List<ServerAddress> servers) {
    ZoneData zone = conversion.zone();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t = new Thread(r, "hzone-verify");
              t.setDaemon(true);
              return t;
            });
    try {
      TreeMap<RrsetKey, Future<List<RrsetCheck>>> pending = new TreeMap<>();
      for (Rrset rrset : zone.rrsets().values()) {
        pending.put(rrset.key(), pool.submit(() -> check(conversion, rrset, old, servers)));
      }
      List<RrsetCheck> checks = new ArrayList<>();
      for (Future<List<RrsetCheck>> f : pending.values()) {
        checks.addAll(f.get());
      }
      return new VerificationReport(
          zone.name(), old, servers, checks, conversion.report().dropped());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("verification interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The old host's answer against each new server's, in one round of {@link PropagationWaiter}: a
   * migration is verified before the delegation changes, against what the new servers serve now, so
   * nothing is waited for.
   */
  private List<RrsetCheck> check(
      Conversion conversion, Rrset expected, ServerAddress old, List<ServerAddress> servers)
      throws InterruptedException {
    Name qname = name(expected.key().absoluteName(conversion.zone().name()));
    int qtype = expected.type().code();
    Answer before =
        Answer.of(client.query(old, qname, qtype, Transport.UDP, Optional.empty()), qname, qtype);
    PropagationWaiter.Round<ServerAddress, Answer> round =
        (pending, left) -> {
          Map<ServerAddress, Answer> seen = new LinkedHashMap<>();
          for (ServerAddress s : pending) {
            seen.put(
                s,
                Answer.of(
                    client.query(s, qname, qtype, Transport.UDP, Optional.empty()), qname, qtype));
          }
          return seen;
        };
    PropagationWaiter.Outcome<ServerAddress, Answer> now =
        new PropagationWaiter(PropagationWaiter.Schedule.once(), Sleeper.SYSTEM, Clock.systemUTC())
            .await(servers, round, (s, a) -> true, PropagationWaiter.Listener.none());
    List<RrsetCheck> out = new ArrayList<>();
    for (ServerAddress s : servers) {
      out.add(AnswerComparison.compare(expected, conversion, s, before, now.settled().get(s)));
    }
    return out;
  }

  private static Name name(String s) {
    try {
      return Name.fromString(s);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("bad name " + s, e);
    }
  }

  /**
   * What a server said about one name and type: the records' canonical values (with their
   * presentation), the lowest TTL, or why there is no answer.
   *
   * @param failure empty when the server answered NOERROR or NXDOMAIN, else what went wrong
   * @param values canonical value to presentation value
   * @param ttl the lowest TTL of the records, or -1 when there are none
   * @param soa the SOA record, for SOA questions
   */
  record Answer(String failure, TreeMap<String, String> values, long ttl, Optional<SOARecord> soa) {
    static Answer failed(String why) {
      return new Answer(why, new TreeMap<>(), -1, Optional.empty());
    }

    static Answer of(QueryResult r, Name qname, int qtype) {
      if (!r.answered()) {
        return failed("no answer (" + r.detail() + ")");
      }
      Message m = r.response().orElseThrow();
      if (m.getRcode() != Rcode.NOERROR && m.getRcode() != Rcode.NXDOMAIN) {
        return failed("answered " + Rcode.string(m.getRcode()));
      }
      RecordType type = RecordType.fromCode(qtype).orElseThrow();
      TreeMap<String, String> values = new TreeMap<>();
      long ttl = -1;
      SOARecord soa = null;
      for (int section = 1; section <= 3; section++) {
        for (Record rec : m.getSection(section)) {
          if (!rec.getName().equals(qname) || rec.getType() != qtype) {
            continue;
          }
          String value = RecordValueFormatter.format(rec);
          values.put(ValueCanonicalizer.canonical(type, value), value);
          ttl = ttl < 0 ? rec.getTTL() : Math.min(ttl, rec.getTTL());
          if (rec instanceof SOARecord s) {
            soa = s;
          }
        }
      }
      return new Answer("", values, ttl, Optional.ofNullable(soa));
    }

    boolean ok() {
      return failure.isEmpty();
    }
  }
}
