package dev.hzone.migrate;

import dev.hzone.dns.Names;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.RecordByRecord;
import dev.hzone.zonefile.ZoneFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TTL;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Reads zone-file exports of other DNS hosts into records, tolerating their known quirks:
 * Cloudflare's comments, tags and automatic TTL ({@link CloudflareQuirks}), cli53's Route 53 ALIAS
 * lines and routing comments ({@link Route53Quirks}), registrars' files without {@code $ORIGIN} or
 * {@code $TTL} and with forgotten trailing dots ({@link NameQuirks}). Records are read by hzone's
 * own zone-file reader ({@link RecordByRecord}, the reader the BIND oracle checks), so the file
 * means what it means to BIND and to {@code hzone file check}; every record keeps its line and its
 * own comment. Only records of types the API does not accept, which are reported and dropped, have
 * their RDATA read by dnsjava.
 *
 * <pre>{@code
 * ExportData data = ExportReader.read(Files.readString(path), path.toString(), "example.com");
 * Conversion c = ZoneConverter.convert("example.com", data.records(),
 *     ConversionOptions.defaults().withDefaultTtl(data.defaultTtl()));
 * }</pre>
 */
public final class ExportReader {
  private static final long FALLBACK_TTL = 3600;

  private ExportReader() {}

  /**
   * Reads {@code text}, the content of {@code file}, an export of {@code zone}.
   *
   * @throws ExportFormatException naming file and line when the text is not a zone file, or is
   *     another zone's
   */
  public static ExportData read(String text, String file, String zone) {
    String zoneName = Names.zoneName(zone);
    Name origin = absolute(zoneName, file);
    List<ExportEntry> entries = ExportLines.split(text);
    ExportSource source = source(text);
    OptionalInt defaultTtl = checkDirectives(entries, origin, file);
    List<Route53Quirks.Alias> aliases = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    Set<Integer> foreign = new HashSet<>();
    Name previousOwner = null;
    for (ExportEntry e : entries) {
      if (e.kind() == ExportEntry.Kind.RECORD && Route53Quirks.isAlias(e)) {
        aliases.add(Route53Quirks.alias(e, origin, previousOwner, file));
        previousOwner = aliases.get(aliases.size() - 1).owner();
        for (int l = e.line(); l <= e.lastLine(); l++) {
          lines[l - 1] = "";
        }
      } else if (e.kind() == ExportEntry.Kind.RECORD) {
        if (otherClass(e)) {
          // hzone's reader takes class IN only; the conversion reports the others as dropped
          foreign.add(e.line());
          for (int l = e.line(); l <= e.lastLine(); l++) {
            lines[l - 1] = "";
          }
        }
        if (!e.ownerInherited()) {
          previousOwner = ownerOrNull(e.tokens().get(0), origin);
        }
      }
    }
    List<MigrationNote> notes = new ArrayList<>();
    List<SourceRecord> records =
        parse(String.join("\n", lines), origin, file, defaultTtl, notes, entries, foreign);
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
    return new ExportData(
        aliases.isEmpty() ? source : ExportSource.ROUTE53, records, defaultTtl, notes);
  }

  /**
   * An export of another zone would otherwise convert into an empty zone, with every record
   * "dropped".
   */
  private static void checkBelongsToZone(List<SourceRecord> records, Name origin, String file) {
    boolean any = false;
    for (SourceRecord s : records) {
      Record r = s.record();
      if (r.getType() == org.xbill.DNS.Type.SOA && !r.getName().equals(origin)) {
        throw new ExportFormatException(
            file,
            s.line().orElse(0),
            "the SOA is for "
                + r.getName()
                + ", not for zone "
                + origin
                + "; is this the export of another zone? (check --zone)");
      }
      any |= r.getName().subdomain(origin);
    }
    if (!records.isEmpty() && !any) {
      throw new ExportFormatException(
          file,
          0,
          "no record lies within zone "
              + origin
              + "; is this the export of another zone? (check --zone)");
    }
  }

  static ExportSource source(String text) {
    if (CloudflareQuirks.recognises(text)) {
      return ExportSource.CLOUDFLARE;
    }
    if (text.contains("AWS ALIAS")
        || text.contains("; AWS routing=")
        || text.contains("awsdns-hostmaster")) {
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
            throw new ExportFormatException(
                file,
                e.line(),
                "$ORIGIN "
                    + o
                    + " is not within zone "
                    + origin
                    + "; is this the export of another zone? (check --zone)");
          }
        }
        case "$INCLUDE" ->
            throw new ExportFormatException(
                file,
                e.line(),
                "$INCLUDE is not supported in an export; paste the included file in its place");
        case "$TTL" -> {
          if (ttl.isEmpty() && e.tokens().size() > 1) {
            try {
              ttl =
                  OptionalInt.of(
                      (int) Math.min(TTL.parseTTL(e.tokens().get(1)), Integer.MAX_VALUE));
            } catch (NumberFormatException ex) {
              throw new ExportFormatException(
                  file, e.line(), "$TTL '" + e.tokens().get(1) + "' is not a TTL");
            }
          }
        }
        default -> {}
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

  /**
   * The records of {@code text} read by hzone's zone-file reader ({@link RecordByRecord}), each
   * with its line and comment; records of types the API does not accept, which that reader skips,
   * are read from their entry so that the conversion can report them. Without any TTL in the file,
   * records get an hour, with a note.
   */
  private static List<SourceRecord> parse(
      String text,
      Name origin,
      String file,
      OptionalInt defaultTtl,
      List<MigrationNote> notes,
      List<ExportEntry> entries,
      Set<Integer> foreign) {
    RecordByRecord.Result read;
    OptionalInt fallback = OptionalInt.empty();
    try {
      read = RecordByRecord.read(text, file, origin.toString(), fallback);
    } catch (ZoneFileException e) {
      if (defaultTtl.isPresent()
          || e.errors().stream().noneMatch(f -> f.message().startsWith("no TTL"))) {
        throw failure(e, file);
      }
      notes.add(
          MigrationNote.of(
              NoteKind.DEFAULT_TTL_CHOSEN,
              "",
              0,
              0,
              "the export has no $TTL and records " + "without a TTL; they got " + FALLBACK_TTL));
      fallback = OptionalInt.of((int) FALLBACK_TTL);
      try {
        read = RecordByRecord.read(text, file, origin.toString(), fallback);
      } catch (ZoneFileException again) {
        throw failure(again, file);
      }
    }
    Map<Integer, ExportEntry> byLine = new HashMap<>();
    for (ExportEntry e : entries) {
      byLine.put(e.line(), e);
    }
    TreeMap<Integer, List<SourceRecord>> out = new TreeMap<>();
    for (RecordByRecord.Entry r : read.records()) {
      ExportEntry e = byLine.get(r.position().line());
      String comment = e != null && e.kind() == ExportEntry.Kind.RECORD ? e.comment() : "";
      out.computeIfAbsent(r.position().line(), l -> new ArrayList<>())
          .add(
              new SourceRecord(
                  record(
                      r.owner(),
                      r.type().code(),
                      DClass.IN,
                      r.ttl(),
                      r.value(),
                      Name.root,
                      file,
                      r.position().line()),
                  OptionalInt.of(r.position().line()),
                  comment));
    }
    Set<Integer> skipped = new HashSet<>(foreign);
    for (Finding w : read.warnings()) {
      if (w.ruleId().equals("unsupported-type")) {
        skipped.add(w.position().line());
      }
    }
    unsupported(
        entries, skipped, origin, file, defaultTtl.isPresent() ? defaultTtl : fallback, read, out);
    List<SourceRecord> all = new ArrayList<>();
    out.values().forEach(all::addAll);
    return all;
  }

  /**
   * Records of the entries on {@code lines} (which hzone's reader skipped as types the API does not
   * accept, or which name a class other than IN), their RDATA read by dnsjava: they are only
   * reported as dropped. The owner, origin and TTL in force are followed through the entries as a
   * zone file sets them.
   */
  private static void unsupported(
      List<ExportEntry> entries,
      Set<Integer> lines,
      Name zone,
      String file,
      OptionalInt ttlInForce,
      RecordByRecord.Result read,
      TreeMap<Integer, List<SourceRecord>> out) {
    if (lines.isEmpty()) {
      return;
    }
    Map<Integer, RecordByRecord.Entry> readAt = new HashMap<>();
    for (RecordByRecord.Entry r : read.records()) {
      readAt.putIfAbsent(r.position().line(), r);
    }
    Name origin = zone;
    long defaultTtl = ttlInForce.isPresent() ? ttlInForce.getAsInt() : -1;
    long lastTtl = -1;
    Name owner = null;
    for (ExportEntry e : entries) {
      if (e.directive().equals("$ORIGIN") && e.tokens().size() > 1) {
        origin = name(e.tokens().get(1), origin, file, e.line());
        continue;
      }
      if (e.directive().equals("$TTL") && e.tokens().size() > 1) {
        defaultTtl = TTL.parseTTL(e.tokens().get(1));
        continue;
      }
      if (e.kind() != ExportEntry.Kind.RECORD) {
        continue;
      }
      RecordByRecord.Entry r = readAt.get(e.line());
      if (r != null) {
        owner = name(r.owner(), Name.root, file, e.line());
        lastTtl = r.ttl();
        continue;
      }
      List<String> t = e.tokens();
      int i = 0;
      if (!e.ownerInherited()) {
        owner = name(t.get(0), origin, file, e.line());
        i = 1;
      }
      long ttl = -1;
      int dclass = DClass.IN;
      for (int k = 0; k < 2 && i < t.size(); k++) {
        if (ttl < 0 && Character.isDigit(t.get(i).charAt(0))) {
          ttl = TTL.parseTTL(t.get(i++));
        } else if (DClass.value(t.get(i)) >= 0) {
          dclass = DClass.value(t.get(i++));
        }
      }
      if (!lines.contains(e.line()) || owner == null || i >= t.size()) {
        continue;
      }
      int type = Type.value(t.get(i), true);
      if (ttl >= 0) {
        lastTtl = ttl;
      } else {
        ttl = defaultTtl >= 0 ? defaultTtl : lastTtl >= 0 ? lastTtl : FALLBACK_TTL;
      }
      String rdata = String.join(" ", t.subList(i + 1, t.size()));
      out.computeIfAbsent(e.line(), l -> new ArrayList<>())
          .add(
              new SourceRecord(
                  record(owner.toString(), type, dclass, ttl, rdata, origin, file, e.line()),
                  OptionalInt.of(e.line()),
                  e.comment()));
    }
  }

  private static Record record(
      String owner,
      int type,
      int dclass,
      long ttl,
      String rdata,
      Name origin,
      String file,
      int line) {
    try {
      return Record.fromString(
          name(owner, Name.root, file, line), type, dclass, ttl, rdata, origin);
    } catch (IOException | RuntimeException e) {
      throw new ExportFormatException(file, line, String.valueOf(e.getMessage()));
    }
  }

  private static Name name(String text, Name origin, String file, int line) {
    try {
      return Name.fromString(text, origin);
    } catch (TextParseException e) {
      throw new ExportFormatException(file, line, "bad name '" + text + "': " + e.getMessage());
    }
  }

  /** The reader's first error, as the export's error at that line. */
  private static ExportFormatException failure(ZoneFileException e, String file) {
    Finding first = e.errors().isEmpty() ? e.findings().get(0) : e.errors().get(0);
    return new ExportFormatException(file, first.position().line(), first.message());
  }

  /** Whether a record entry names a class other than IN before its type. */
  private static boolean otherClass(ExportEntry e) {
    List<String> t = e.tokens();
    for (int i = e.ownerInherited() ? 0 : 1, k = 0; k < 2 && i < t.size(); i++, k++) {
      if (Character.isDigit(t.get(i).charAt(0))) {
        continue; // a TTL
      }
      int c = DClass.value(t.get(i));
      if (c >= 0) {
        return c != DClass.IN;
      }
    }
    return false;
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
