package dev.hzone.migrate;

import dev.hzone.dns.Names;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TTL;
import org.xbill.DNS.TextParseException;

/**
 * Reads zone-file exports of other DNS hosts into records, tolerating their known quirks: Cloudflare's
 * comments, tags and automatic TTL ({@link CloudflareQuirks}), cli53's Route 53 ALIAS lines and routing
 * comments ({@link Route53Quirks}), registrars' files without {@code $ORIGIN} or {@code $TTL} and with
 * forgotten trailing dots ({@link NameQuirks}). Records are parsed by dnsjava's {@link Master}, so the file
 * means what it means to BIND; every record keeps its line and its own comment.
 *
 * <pre>{@code
 * ExportData data = ExportReader.read(Files.readString(path), path.toString(), "example.com");
 * Conversion c = ZoneConverter.convert("example.com", data.records(),
 *     ConversionOptions.defaults().withDefaultTtl(data.defaultTtl()));
 * }</pre>
 */
public final class ExportReader {
  private static final Pattern POSITION = Pattern.compile("^<none>:(\\d+):\\s*");
  private static final long FALLBACK_TTL = 3600;

  private ExportReader() {}

  /**
   * Reads {@code text}, the content of {@code file}, an export of {@code zone}.
   *
   * @throws ExportFormatException naming file and line when the text is not a zone file, or is another zone's
   */
  public static ExportData read(String text, String file, String zone) {
    String zoneName = Names.zoneName(zone);
    Name origin = absolute(zoneName, file);
    List<ExportEntry> entries = ExportLines.split(text);
    ExportSource source = source(text);
    OptionalInt defaultTtl = checkDirectives(entries, origin, file);
    List<Route53Quirks.Alias> aliases = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    List<ExportEntry> recordEntries = new ArrayList<>();
    Name previousOwner = null;
    for (ExportEntry e : entries) {
      if (e.kind() == ExportEntry.Kind.RECORD && Route53Quirks.isAlias(e)) {
        aliases.add(Route53Quirks.alias(e, origin, previousOwner, file));
        previousOwner = aliases.get(aliases.size() - 1).owner();
        for (int l = e.line(); l <= e.lastLine(); l++) {
          lines[l - 1] = "";
        }
      } else if (e.kind() == ExportEntry.Kind.RECORD) {
        recordEntries.add(e);
        if (!e.ownerInherited()) {
          previousOwner = ownerOrNull(e.tokens().get(0), origin);
        }
      }
    }
    List<MigrationNote> notes = new ArrayList<>();
    List<Record> parsed = parse(String.join("\n", lines), origin, file, defaultTtl, notes);
    List<SourceRecord> records = attach(parsed, recordEntries);
    QuirkResult names = NameQuirks.apply(records, zoneName);
    records = names.records();
    notes.addAll(names.notes());
    checkBelongsToZone(records, origin, file);
    if (source == ExportSource.CLOUDFLARE) {
      QuirkResult cf = CloudflareQuirks.apply(records, zoneName);
      records = cf.records();
      notes.addAll(cf.notes());
    }
    if (source == ExportSource.ROUTE53 || !aliases.isEmpty()) {
      QuirkResult r53 = Route53Quirks.apply(records, aliases, zoneName);
      records = r53.records();
      notes.addAll(r53.notes());
    }
    return new ExportData(aliases.isEmpty() ? source : ExportSource.ROUTE53, records, defaultTtl, notes);
  }

  /** An export of another zone would otherwise convert into an empty zone, with every record "dropped". */
  private static void checkBelongsToZone(List<SourceRecord> records, Name origin, String file) {
    boolean any = false;
    for (SourceRecord s : records) {
      Record r = s.record();
      if (r.getType() == org.xbill.DNS.Type.SOA && !r.getName().equals(origin)) {
        throw new ExportFormatException(file, s.line().orElse(0), "the SOA is for " + r.getName()
            + ", not for zone " + origin + "; is this the export of another zone? (check --zone)");
      }
      any |= r.getName().subdomain(origin);
    }
    if (!records.isEmpty() && !any) {
      throw new ExportFormatException(file, 0, "no record lies within zone " + origin
          + "; is this the export of another zone? (check --zone)");
    }
  }

  static ExportSource source(String text) {
    if (CloudflareQuirks.recognises(text)) {
      return ExportSource.CLOUDFLARE;
    }
    if (text.contains("AWS ALIAS") || text.contains("; AWS routing=") || text.contains("awsdns-hostmaster")) {
      return ExportSource.ROUTE53;
    }
    return ExportSource.ZONE_FILE;
  }

  /** Checks {@code $ORIGIN} and {@code $INCLUDE}; returns the first {@code $TTL}. */
  private static OptionalInt checkDirectives(List<ExportEntry> entries, Name origin, String file) {
    OptionalInt ttl = OptionalInt.empty();
    for (ExportEntry e : entries) {
      switch (e.directive()) {
        case "$ORIGIN" -> {
          Name o = absoluteOrigin(e, origin, file);
          if (!o.subdomain(origin)) {
            throw new ExportFormatException(file, e.line(), "$ORIGIN " + o + " is not within zone " + origin
                + "; is this the export of another zone? (check --zone)");
          }
        }
        case "$INCLUDE" -> throw new ExportFormatException(file, e.line(),
            "$INCLUDE is not supported in an export; paste the included file in its place");
        case "$TTL" -> {
          if (ttl.isEmpty() && e.tokens().size() > 1) {
            try {
              ttl = OptionalInt.of((int) Math.min(TTL.parseTTL(e.tokens().get(1)), Integer.MAX_VALUE));
            } catch (NumberFormatException ex) {
              throw new ExportFormatException(file, e.line(), "$TTL '" + e.tokens().get(1) + "' is not a TTL");
            }
          }
        }
        default -> { }
      }
    }
    return ttl;
  }

  private static Name absoluteOrigin(ExportEntry e, Name origin, String file) {
    if (e.tokens().size() < 2) {
      throw new ExportFormatException(file, e.line(), "$ORIGIN needs a name");
    }
    try {
      return Name.fromString(e.tokens().get(1), origin);
    } catch (TextParseException ex) {
      throw new ExportFormatException(file, e.line(), "bad $ORIGIN: " + ex.getMessage());
    }
  }

  private static List<Record> parse(String text, Name origin, String file, OptionalInt defaultTtl,
      List<MigrationNote> notes) {
    try {
      return parseWith(text, origin, -1);
    } catch (ExportFormatException e) {
      if (defaultTtl.isPresent() || !e.getMessage().endsWith("missing TTL")) {
        throw rename(e, file);
      }
    }
    notes.add(MigrationNote.of(NoteKind.DEFAULT_TTL_CHOSEN, "", 0, 0, "the export has no $TTL and records "
        + "without a TTL; they got " + FALLBACK_TTL));
    try {
      return parseWith(text, origin, FALLBACK_TTL);
    } catch (ExportFormatException e) {
      throw rename(e, file);
    }
  }

  private static List<Record> parseWith(String text, Name origin, long ttl) {
    List<Record> out = new ArrayList<>();
    try (Master m = new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin, ttl)) {
      m.disableIncludes(true);
      Record r;
      while ((r = m.nextRecord()) != null) {
        out.add(r);
      }
    } catch (IOException | RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      Matcher pos = POSITION.matcher(msg);
      int line = pos.find() ? Integer.parseInt(pos.group(1)) : 0;
      throw new ExportFormatException("<none>", line, pos.replaceFirst(""));
    }
    return out;
  }

  private static ExportFormatException rename(ExportFormatException e, String file) {
    String msg = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    return new ExportFormatException(file, e.line(), msg);
  }

  /**
   * Pairs each parsed record with the entry it came from, for its line and comment. {@code $GENERATE} makes
   * records without entries; then the pairing is given up and records keep no line or comment.
   */
  private static List<SourceRecord> attach(List<Record> parsed, List<ExportEntry> entries) {
    List<SourceRecord> out = new ArrayList<>(parsed.size());
    boolean paired = parsed.size() == entries.size();
    for (int i = 0; i < parsed.size(); i++) {
      out.add(paired
          ? new SourceRecord(parsed.get(i), OptionalInt.of(entries.get(i).line()), entries.get(i).comment())
          : SourceRecord.of(parsed.get(i)));
    }
    return out;
  }

  private static Name ownerOrNull(String token, Name origin) {
    try {
      return Name.fromString(token.toLowerCase(Locale.ROOT), origin);
    } catch (TextParseException e) {
      return null;
    }
  }

  private static Name absolute(String zone, String file) {
    try {
      return Name.fromString(zone + ".");
    } catch (TextParseException e) {
      throw new ExportFormatException(file, 0, "'" + zone + "' is not a valid zone name");
    }
  }
}
