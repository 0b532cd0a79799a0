package dev.hzone.migrate;

import dev.hzone.resolve.DirectQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks the parent zone's nameservers what they delegate a zone to, the way a resolver finds out:
 * the closest enclosing zone with NS records is found through a recursive resolver, then each of
 * its nameservers is asked directly (no recursion) for the zone's NS records, and the union is
 * compared with the nameservers the zone should have. Used by {@code hzone zone check-delegation}.
 *
 * <pre>{@code
 * DelegationCheck check = new DelegationCheck(ServerAddress.parse("127.0.0.53"), 53, Duration.ofSeconds(3),
 *     Clock.systemUTC());
 * DelegationReport r = check.check("example.com", zone.authoritativeNameservers().assigned());
 * r.verdict(); r.missing(); r.extra();
 * }</pre>
 */
public final class DelegationCheck {
  private final ServerAddress resolver;
  private final int parentPort;
  private final Duration timeout;
  private final NameserverClient client;

  /**
   * @param resolver a recursive resolver, to find the parent zone's nameservers and their addresses
   * @param parentPort the port the parent's nameservers are asked on (53; another only in tests)
   * @param timeout how long to wait for each answer
   * @param clock for the DNS client
   */
  public DelegationCheck(ServerAddress resolver, int parentPort, Duration timeout, Clock clock) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.parentPort = parentPort;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.client = new NameserverClient(timeout, clock);
  }

  /**
   * Checks {@code zone}'s delegation against {@code expected} nameserver names (any case, with or
   * without trailing dot).
   */
  public DelegationReport check(String zone, List<String> expected) {
    String zoneName = dev.hzone.dns.Names.zoneName(zone);
    List<String> want =
        new ArrayList<>(new TreeSet<>(expected.stream().map(DelegationCheck::fqdn).toList()));
    Name origin = name(zoneName);
    Optional<Parent> parent;
    try {
      parent = findParent(origin);
    } catch (IOException e) {
      return unknown(
          zoneName,
          "",
          want,
          "the resolver " + resolver + " did not answer: " + DirectQuery.describe(e));
    }
    if (parent.isEmpty()) {
      return unknown(zoneName, "", want, "no enclosing zone of " + zoneName + " has nameservers");
    }
    List<DelegationReport.ParentAnswer> answers = new ArrayList<>();
    for (Map.Entry<String, List<String>> ns : parent.get().servers().entrySet()) {
      if (ns.getValue().isEmpty()) {
        answers.add(
            new DelegationReport.ParentAnswer(
                ns.getKey(),
                "-",
                QueryResult.Outcome.UNREACHABLE,
                "unreachable",
                List.of(),
                "no address found for " + ns.getKey()));
      }
      for (String address : ns.getValue()) {
        answers.add(ask(ns.getKey(), new ServerAddress(address, parentPort), origin));
      }
    }
    String parentText = parent.get().name().toString(true);
    List<DelegationReport.ParentAnswer> answered =
        answers.stream().filter(DelegationReport.ParentAnswer::answered).toList();
    if (answered.isEmpty()) {
      return new DelegationReport(
          zoneName,
          parentText,
          answers,
          List.of(),
          want,
          List.of(),
          List.of(),
          DelegationReport.Verdict.UNKNOWN,
          "none of the parent zone's nameservers answered");
    }
    if (answered.stream().allMatch(a -> a.rcode().equals("NXDOMAIN"))) {
      return new DelegationReport(
          zoneName,
          parentText,
          answers,
          List.of(),
          want,
          want,
          List.of(),
          DelegationReport.Verdict.UNREGISTERED,
          "");
    }
    Set<String> delegated = new TreeSet<>();
    answered.forEach(a -> delegated.addAll(a.nameservers()));
    List<String> missing = want.stream().filter(n -> !delegated.contains(n)).toList();
    List<String> extra = delegated.stream().filter(n -> !want.contains(n)).toList();
    DelegationReport.Verdict verdict;
    if (missing.isEmpty() && extra.isEmpty()) {
      verdict = DelegationReport.Verdict.VALID;
    } else if (missing.size() < want.size()) {
      verdict = DelegationReport.Verdict.PARTIALLY_VALID;
    } else {
      verdict = DelegationReport.Verdict.INVALID;
    }
    return new DelegationReport(
        zoneName, parentText, answers, List.copyOf(delegated), want, missing, extra, verdict, "");
  }

  private DelegationReport unknown(String zone, String parent, List<String> want, String why) {
    return new DelegationReport(
        zone,
        parent,
        List.of(),
        List.of(),
        want,
        List.of(),
        List.of(),
        DelegationReport.Verdict.UNKNOWN,
        why);
  }

  private DelegationReport.ParentAnswer ask(String nsName, ServerAddress server, Name origin) {
    QueryResult r = client.query(server, origin, Type.NS, Transport.UDP, Optional.empty());
    if (!r.answered()) {
      return new DelegationReport.ParentAnswer(
          nsName, server.toString(), r.outcome(), r.rcodeText(), List.of(), r.detail());
    }
    Message m = r.response().orElseThrow();
    Set<String> ns = new TreeSet<>();
    for (int section : new int[] {Section.ANSWER, Section.AUTHORITY}) {
      for (Record rec : m.getSection(section)) {
        if (rec instanceof NSRecord n && rec.getName().equals(origin)) {
          ns.add(fqdn(n.getTarget().toString()));
        }
      }
    }
    return new DelegationReport.ParentAnswer(
        nsName, server.toString(), r.outcome(), Rcode.string(m.getRcode()), List.copyOf(ns), "");
  }

  /** The parent zone and its nameservers with their addresses. */
  private record Parent(Name name, Map<String, List<String>> servers) {}

  private Optional<Parent> findParent(Name zone) throws IOException {
    for (int drop = 1; drop < zone.labels(); drop++) {
      Name candidate = new Name(zone, drop);
      Message m = recursive(candidate, Type.NS);
      List<String> names = new ArrayList<>();
      for (Record rec : m.getSection(Section.ANSWER)) {
        if (rec instanceof NSRecord n && rec.getName().equals(candidate)) {
          names.add(fqdn(n.getTarget().toString()));
        }
      }
      if (names.isEmpty()) {
        continue;
      }
      Map<String, List<String>> servers = new LinkedHashMap<>();
      for (String n : new TreeSet<>(names)) {
        servers.put(n, addresses(n, m));
      }
      return Optional.of(new Parent(candidate, servers));
    }
    return Optional.empty();
  }

  /** Addresses of a nameserver: glue from the NS answer if present, else asked of the resolver. */
  private List<String> addresses(String ns, Message nsAnswer) throws IOException {
    Name n = name(ns);
    Set<String> out = new LinkedHashSet<>();
    for (Record rec : nsAnswer.getSection(Section.ADDITIONAL)) {
      addAddress(rec, n, out);
    }
    if (out.isEmpty()) {
      for (int type : new int[] {Type.A, Type.AAAA}) {
        for (Record rec : recursive(n, type).getSection(Section.ANSWER)) {
          addAddress(rec, n, out);
        }
      }
    }
    return List.copyOf(out);
  }

  private static void addAddress(Record rec, Name owner, Set<String> out) {
    if (!rec.getName().equals(owner)) {
      return;
    }
    if (rec instanceof ARecord a) {
      out.add(a.getAddress().getHostAddress());
    } else if (rec instanceof AAAARecord a) {
      out.add(a.getAddress().getHostAddress());
    }
  }

  private Message recursive(Name name, int type) throws IOException {
    SimpleResolver r;
    try {
      r =
          new SimpleResolver(
              new InetSocketAddress(InetAddress.getByName(resolver.host()), resolver.port()));
    } catch (UnknownHostException e) {
      throw new IOException("cannot resolve host " + resolver.host(), e);
    }
    r.setTimeout(timeout);
    Message response = r.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
    if (response.getHeader().getFlag(org.xbill.DNS.Flags.TC)) {
      r.setTCP(true);
      response = r.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
    }
    return response;
  }

  private static Name name(String text) {
    try {
      return Name.fromString(text.endsWith(".") ? text : text + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid domain name");
    }
  }

  private static String fqdn(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n : n + ".";
  }
}
