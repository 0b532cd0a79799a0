package dev.hzone.sync.config;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.TsigKeyFiles;
import dev.hzone.sync.TsigKeyRef;
import dev.hzone.sync.config.TomlFields.Ctx;
import dev.hzone.sync.plan.IgnorePattern;
import dev.hzone.sync.plan.RrsetSettings;
import dev.hzone.sync.plan.SafetyPolicy;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.tsig.SecretFileMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code hzone.toml} (README, "hzone.toml reference") into a {@link SyncConfig}, checking
 * every value: unknown settings, wrong types and out-of-range numbers are errors that name the
 * file, line and field. TSIG key files are read (relative to the file's directory) and checked
 * here, so nothing is sent before every input is known to be good.
 */
public final class SyncConfigReader {
  /** The file's usual name, in the zones directory. */
  public static final String FILE_NAME = "hzone.toml";

  private static final long MAX_BYTES = 1 << 20;

  /**
   * A zone name as the API takes it, after IDN conversion: letters, digits and hyphens in each
   * label.
   */
  private static final Pattern ZONE_NAME =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private static final Set<String> ZONE_KEYS =
      Set.of(
          "ttl",
          "ignore",
          "max_update_percent",
          "max_delete_percent",
          "min_existing_rrsets",
          "labels",
          "protected",
          "manage_soa",
          "comments",
          "mode",
          "primaries",
          "rrsets");
  private static final Set<String> DEFAULT_KEYS =
      Set.of(
          "ttl",
          "ignore",
          "max_update_percent",
          "max_delete_percent",
          "min_existing_rrsets",
          "labels",
          "protected",
          "manage_soa",
          "comments");
  private static final Set<String> RRSET_KEYS = Set.of("labels", "protected");
  private static final Set<String> PRIMARY_KEYS =
      Set.of("address", "port", "tsig_algorithm", "tsig_key_file");

  /** Reads the file. */
  public SyncConfig read(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new ConfigException(
          file, OptionalInt.empty(), "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_BYTES) {
      throw new ConfigException(
          file,
          OptionalInt.of(lineAt(bytes, (int) MAX_BYTES)),
          "the file goes on past 1 MiB here; is it the right file?");
    }
    return parse(utf8(file, bytes), file);
  }

  /** The text, or an error naming the line of the first byte that is not UTF-8. */
  private static String utf8(Path file, byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw new ConfigException(
          file,
          OptionalInt.of(lineAt(bytes, in.position())),
          "is not UTF-8 text (a byte on this line is not); save it as UTF-8");
    }
    d.flush(out);
    return out.flip().toString();
  }

  /** The 1-based line of the byte at {@code offset}. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Parses {@code text}, the content of {@code file} (used for messages and relative key paths).
   */
  public SyncConfig parse(String text, Path file) {
    Config root;
    TomlLines lines = new TomlLines(text);
    LineTrackingReader reader = new LineTrackingReader(new StringReader(text));
    try {
      root = new TomlParser().parse(reader);
    } catch (ParsingException | IllegalStateException | IllegalArgumentException e) {
      // Where the parser stopped is where the text stopped making sense. Its message is not shown:
      // it
      // quotes the text, which may be a secret (a file linked here, a token pasted by mistake).
      throw new ConfigException(
          file, OptionalInt.of(reader.lineOfLastCharacter()), reader.syntaxError());
    } catch (StackOverflowError e) {
      // The TOML library parses nested arrays and tables by recursion; thousands of levels exhaust
      // the stack
      // long before any real setting would. The stack has unwound by here, so this is safe to
      // report.
      throw new ConfigException(
          file,
          OptionalInt.of(reader.lineOfLastCharacter()),
          "not valid TOML: arrays or tables nested too deeply");
    }
    Ctx ctx = new Ctx(file, lines);
    Map<String, Object> top = TomlFields.values(root);
    for (String k : top.keySet()) {
      if (!k.equals("defaults") && !k.equals("zones")) {
        throw ctx.error(
            List.of(),
            k,
            "unknown table or setting '"
                + k
                + "': hzone.toml has [defaults] and "
                + "[zones.\"NAME\"]");
      }
    }
    Map<String, Object> defaultsTable =
        TomlFields.table(ctx, List.of(), "defaults", top.get("defaults"));
    TomlFields.checkKeys(ctx, List.of("defaults"), defaultsTable, DEFAULT_KEYS);
    ZoneSettings defaults =
        zone(ctx, List.of("defaults"), defaultsTable, ZoneSettings.DEFAULT, true);
    Map<String, ZoneSettings> zones = new LinkedHashMap<>();
    Map<String, Object> zonesTable = TomlFields.table(ctx, List.of(), "zones", top.get("zones"));
    for (Map.Entry<String, Object> e : zonesTable.entrySet()) {
      List<String> path = List.of("zones", e.getKey());
      String name;
      try {
        name = Names.zoneName(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw ctx.error(
            List.of("zones"), null, "zone name \"" + e.getKey() + "\" is not a domain name");
      }
      if (name.isEmpty() || !name.contains(".") || !ZONE_NAME.matcher(name).matches()) {
        throw ctx.error(
            path, null, "zone name \"" + e.getKey() + "\" is not a domain name like example.com");
      }
      if (zones.containsKey(name)) {
        throw ctx.error(path, null, "zone " + name + " is configured twice");
      }
      Map<String, Object> zt = TomlFields.table(ctx, List.of("zones"), e.getKey(), e.getValue());
      TomlFields.checkKeys(ctx, path, zt, ZONE_KEYS);
      zones.put(name, zone(ctx, path, zt, defaults, false));
    }
    Map<String, Integer> ttlLines = new HashMap<>();
    if (defaultsTable.containsKey("ttl")) {
      lines.find(List.of("defaults"), "ttl").ifPresent(l -> ttlLines.put("", l));
    }
    for (Map.Entry<String, Object> e : zonesTable.entrySet()) {
      Map<String, Object> zt = TomlFields.table(ctx, List.of("zones"), e.getKey(), e.getValue());
      if (zt.containsKey("ttl")) {
        lines
            .find(List.of("zones", e.getKey()), "ttl")
            .ifPresent(l -> ttlLines.put(Names.zoneName(e.getKey()), l));
      }
    }
    return new SyncConfig(
        Optional.of(file),
        defaults,
        zones,
        ttlLines,
        List.copyOf(new java.util.LinkedHashSet<>(ctx.warnings())));
  }

  private ZoneSettings zone(
      Ctx ctx, List<String> path, Map<String, Object> t, ZoneSettings base, boolean isDefaults) {
    OptionalInt ttl =
        t.containsKey("ttl")
            ? OptionalInt.of(TomlFields.ttl(ctx, path, "ttl", t.get("ttl")))
            : base.ttl();
    List<IgnorePattern> ignore = new ArrayList<>(base.ignore());
    if (t.containsKey("ignore")) {
      ignore.addAll(ignore(ctx, path, t.get("ignore")));
    }
    SafetyPolicy s = base.safety();
    double upd =
        t.containsKey("max_update_percent")
            ? TomlFields.percent(ctx, path, "max_update_percent", t.get("max_update_percent"))
            : s.maxUpdateFraction();
    double del =
        t.containsKey("max_delete_percent")
            ? TomlFields.percent(ctx, path, "max_delete_percent", t.get("max_delete_percent"))
            : s.maxDeleteFraction();
    int min =
        t.containsKey("min_existing_rrsets")
            ? TomlFields.integer(
                ctx,
                path,
                "min_existing_rrsets",
                t.get("min_existing_rrsets"),
                0,
                Integer.MAX_VALUE)
            : s.minExistingRrsets();
    Optional<Map<String, String>> labels =
        t.containsKey("labels")
            ? Optional.of(TomlFields.labels(ctx, path, "labels", t.get("labels")))
            : base.labels();
    Optional<Boolean> prot =
        t.containsKey("protected")
            ? Optional.of(TomlFields.bool(ctx, path, "protected", t.get("protected")))
            : base.deleteProtected();
    boolean manageSoa =
        t.containsKey("manage_soa")
            ? TomlFields.bool(ctx, path, "manage_soa", t.get("manage_soa"))
            : base.manageSoa();
    boolean comments =
        t.containsKey("comments")
            ? TomlFields.bool(ctx, path, "comments", t.get("comments"))
            : base.manageComments();
    ZoneMode mode = ZoneMode.PRIMARY;
    List<PrimaryServer> primaries = List.of();
    Map<RrsetKey, RrsetSettings> rrsets = Map.of();
    if (!isDefaults) {
      if (t.containsKey("mode")) {
        Object m = t.get("mode");
        mode = m instanceof String str ? ZoneMode.fromText(str).orElse(null) : null;
        if (mode == null) {
          throw ctx.error(path, "mode", "mode must be \"primary\" or \"secondary\"");
        }
      }
      if (t.containsKey("primaries")) {
        primaries = primaries(ctx, path, t.get("primaries"));
      }
      if (mode == ZoneMode.SECONDARY && primaries.isEmpty()) {
        throw ctx.error(path, "mode", "a secondary zone needs primaries = [{ address = \"...\" }]");
      }
      if (mode == ZoneMode.PRIMARY && !primaries.isEmpty()) {
        throw ctx.error(
            path, "primaries", "primaries are for secondary zones; add mode = \"secondary\"");
      }
      if (t.containsKey("rrsets")) {
        rrsets = rrsets(ctx, path, t.get("rrsets"));
      }
    }
    return new ZoneSettings(
        mode,
        ttl,
        ignore,
        new SafetyPolicy(upd, del, min),
        labels,
        prot,
        primaries,
        manageSoa,
        comments,
        rrsets);
  }

  private List<IgnorePattern> ignore(Ctx ctx, List<String> path, Object v) {
    if (!(v instanceof List<?> list)) {
      throw ctx.error(
          path,
          "ignore",
          "ignore must be a list: [\"dyn*\", \"legacy TXT\", { name = \"x\", types = "
              + "[\"A\"] }]");
    }
    List<IgnorePattern> out = new ArrayList<>();
    for (Object item : list) {
      if (item instanceof String s) {
        String[] parts = s.trim().split("\\s+", 2);
        Set<RecordType> types =
            parts.length > 1 ? types(ctx, path, List.of(parts[1].split("[,\\s]+"))) : Set.of();
        out.add(pattern(ctx, path, parts[0], types));
      } else if (item instanceof Config c) {
        Map<String, Object> m = TomlFields.values(c);
        TomlFields.checkKeys(ctx, path, m, Set.of("name", "types"));
        if (!(m.get("name") instanceof String name)) {
          throw ctx.error(path, "ignore", "each ignore table needs name = \"GLOB\"");
        }
        Set<RecordType> types = Set.of();
        if (m.containsKey("types")) {
          if (!(m.get("types") instanceof List<?> tl)) {
            throw ctx.error(path, "ignore", "types must be a list such as [\"A\", \"AAAA\"]");
          }
          types = types(ctx, path, tl);
        }
        out.add(pattern(ctx, path, name, types));
      } else {
        throw ctx.error(
            path,
            "ignore",
            "each ignore entry is \"GLOB [TYPE,...]\" or { name = \"GLOB\", types = [...] }");
      }
    }
    return out;
  }

  private static IgnorePattern pattern(
      Ctx ctx, List<String> path, String glob, Set<RecordType> types) {
    if (glob.isBlank() || glob.endsWith(".")) {
      throw ctx.error(
          path, "ignore", "ignore pattern \"" + glob + "\" must be a name relative to the zone");
    }
    return new IgnorePattern(glob, types);
  }

  private static Set<RecordType> types(Ctx ctx, List<String> path, List<?> names) {
    Set<RecordType> out = EnumSet.noneOf(RecordType.class);
    for (Object n : names) {
      String s = String.valueOf(n).trim();
      if (s.isEmpty()) {
        continue;
      }
      out.add(
          RecordType.fromText(s)
              .orElseThrow(
                  () ->
                      ctx.error(
                          path,
                          "ignore",
                          "unknown record type '"
                              + s
                              + "' (the API's types: A, AAAA, CAA, CNAME, DS, HINFO, HTTPS, MX, NS, PTR, RP, SOA, SRV, SVCB, TLSA, TXT)")));
    }
    return out;
  }

  private List<PrimaryServer> primaries(Ctx ctx, List<String> path, Object v) {
    if (!(v instanceof List<?> list) || list.isEmpty()) {
      throw ctx.error(
          path,
          "primaries",
          "primaries must be a non-empty list of { address = \"IP\", port = 53, "
              + "tsig_algorithm = \"hmac-sha256\", tsig_key_file = \"FILE\" }");
    }
    List<PrimaryServer> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Object item : list) {
      if (!(item instanceof Config c)) {
        throw ctx.error(path, "primaries", "each primary is a table { address = \"IP\" ... }");
      }
      Map<String, Object> m = TomlFields.values(c);
      TomlFields.checkKeys(ctx, path, m, PRIMARY_KEYS);
      if (!(m.get("address") instanceof String addr) || !TomlFields.isIpLiteral(addr)) {
        throw ctx.error(path, "primaries", "each primary needs address = \"IPv4 or IPv6 address\"");
      }
      if (!seen.add(addr.toLowerCase(java.util.Locale.ROOT))) {
        throw ctx.error(
            path, "primaries", "primary " + addr + " is listed twice; addresses must be unique");
      }
      int port =
          m.containsKey("port")
              ? TomlFields.integer(ctx, path, "primaries", m.get("port"), 1, 65535)
              : PrimaryServer.DEFAULT_PORT;
      Optional<String> alg = Optional.empty();
      if (m.containsKey("tsig_algorithm")) {
        if (!(m.get("tsig_algorithm") instanceof String a)
            || dev.hzone.tsig.TsigAlgorithm.fromText(a).isEmpty()) {
          throw ctx.error(
              path, "primaries", "tsig_algorithm must be hmac-md5, hmac-sha1 or hmac-sha256");
        }
        alg = Optional.of(a);
      }
      Optional<TsigKeyRef> key = Optional.empty();
      if (m.containsKey("tsig_key_file")) {
        if (!(m.get("tsig_key_file") instanceof String f) || f.isBlank()) {
          throw ctx.error(path, "primaries", "tsig_key_file must be a file name");
        }
        Path dir = ctx.file().toAbsolutePath().getParent();
        Path keyFile = (dir == null ? Path.of(f) : dir.resolve(f)).normalize();
        if (dir != null && Files.exists(keyFile) && !PathRules.resolvesInside(dir, keyFile)) {
          // Like $INCLUDE: a settings file from a pull request must not make hzone read (and quote)
          // any file.
          throw ctx.error(
              path,
              "primaries",
              "tsig_key_file must be a file inside the directory of "
                  + FILE_NAME
                  + " (links out of it are refused): keep key files beside it, out of Git");
        }
        // Before the key is read: the warning names the file and its mode, never the key.
        SecretFileMode.looseModeWarning(keyFile, "a TSIG key").ifPresent(ctx.warnings()::add);
        try {
          key = Optional.of(TsigKeyFiles.read(keyFile, alg));
        } catch (TsigKeyFiles.TsigKeyFileException e) {
          throw ctx.error(path, "primaries", e.getMessage());
        }
      } else if (alg.isPresent()) {
        throw ctx.error(path, "primaries", "tsig_algorithm needs tsig_key_file too");
      }
      out.add(new PrimaryServer(addr, port, key));
    }
    return out;
  }

  private Map<RrsetKey, RrsetSettings> rrsets(Ctx ctx, List<String> path, Object v) {
    Map<String, Object> t = TomlFields.table(ctx, path, "rrsets", v);
    Map<RrsetKey, RrsetSettings> out = new HashMap<>();
    for (Map.Entry<String, Object> e : t.entrySet()) {
      List<String> p = new ArrayList<>(path);
      p.add("rrsets");
      p.add(e.getKey());
      RrsetKey key;
      try {
        key = RrsetKey.fromId(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw ctx.error(
            p,
            null,
            "RRSet \"" + e.getKey() + "\" must be written NAME/TYPE, like \"www/A\" or \"@/MX\"");
      }
      Map<String, Object> rt =
          TomlFields.table(ctx, p.subList(0, p.size() - 1), e.getKey(), e.getValue());
      TomlFields.checkKeys(ctx, p, rt, RRSET_KEYS);
      Optional<Map<String, String>> labels =
          rt.containsKey("labels")
              ? Optional.of(TomlFields.labels(ctx, p, "labels", rt.get("labels")))
              : Optional.empty();
      Optional<Boolean> prot =
          rt.containsKey("protected")
              ? Optional.of(TomlFields.bool(ctx, p, "protected", rt.get("protected")))
              : Optional.empty();
      out.put(key, new RrsetSettings(labels, prot));
    }
    return out;
  }
}
