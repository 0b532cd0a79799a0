package dev.hzone.zonefile;

import dev.hzone.dns.RecordType;

/**
 * Reads the entries of one zone file (and, through {@link Includes}, the files it includes) into a
 * {@link ZoneBuilder}, keeping the state a master file has: origin, last owner, {@code $TTL} and
 * the last explicit TTL (BIND's rules: without {@code $TTL} a record takes the last TTL given, and
 * an SOA without any TTL takes its own minimum, which then becomes the default).
 */
final class ZoneParser {
  private final ReadOptions options;
  final ZoneBuilder out;
  private final NameReader names;
  private final RdataConverter rdata;
  private final Includes includes;
  private final GenerateDirective generate;

  Origin origin;

  /** The last owner, relative to the zone; null before the first record or after a bad owner. */
  String owner;

  private boolean ownerFailed;
  int defaultTtl = -1;
  int lastTtl = -1;

  ZoneParser(ReadOptions options, ZoneBuilder out, NameReader names, Includes includes) {
    this.options = options;
    this.out = out;
    this.names = names;
    this.rdata = new RdataConverter(names);
    this.includes = includes;
    this.generate = new GenerateDirective(this, options.generateLimit());
    this.origin = Origin.of(names.zoneAbs(), names.zoneAbs());
  }

  /** Reads one file's bytes; {@code file} is its name in messages. Returns the header comments. */
  java.util.List<String> parse(byte[] data, int from, int to, String file, Source source) {
    return parse(new Lexer(data, from, to, 1, file), file, source);
  }

  /** Reads every entry the lexer gives. Returns the header comments. */
  java.util.List<String> parse(Lexer lexer, String file, Source source) {
    Entry e = new Entry();
    while (true) {
      try {
        if (!lexer.next(e)) {
          break;
        }
      } catch (ZoneFileException ex) {
        out.addAll(ex.findings());
        break;
      }
      entry(e, file, source);
    }
    return lexer.header();
  }

  /** Takes over another parser's state: for a chunk that starts where that parser's text ended. */
  void continueFrom(ZoneParser other) {
    origin = other.origin;
    owner = other.owner;
    defaultTtl = other.defaultTtl;
    lastTtl = other.lastTtl;
  }

  /** Whether an entry is a directive ({@code $} in column 1). */
  static boolean isDirective(Entry e) {
    return !e.blankOwner && !e.quoted[0] && e.length(0) > 1 && e.data[e.start[0]] == '$';
  }

  /** One logical line: a directive or a record. */
  void entry(Entry e, String file, Source source) {
    try {
      if (isDirective(e)) {
        directive(e, file, source);
      } else {
        record(e, file);
      }
    } catch (ParseProblem p) {
      out.error(new SourcePosition(file, e.line), p.ruleId(), p.getMessage());
    } catch (Includes.LimitReached l) {
      out.stop(new SourcePosition(file, e.line), l.ruleId, l.getMessage());
    }
  }

  private void directive(Entry e, String file, Source source) {
    if (e.is(0, "$ORIGIN")) {
      arguments(e, 2, 2, "$ORIGIN NAME");
      origin = names.origin(e, 1, origin);
    } else if (e.is(0, "$TTL")) {
      arguments(e, 2, 2, "$TTL SECONDS");
      defaultTtl = Ttls.parse(e, 1);
      if (out.zoneDefaultTtl < 0) {
        out.zoneDefaultTtl = defaultTtl;
      }
    } else if (e.is(0, "$INCLUDE")) {
      arguments(e, 2, 3, "$INCLUDE FILE [ORIGIN]");
      Origin saved = origin;
      String savedOwner = owner;
      Origin inner = e.count == 3 ? names.origin(e, 2, origin) : origin;
      includes.include(
          e,
          source,
          (data, name, inc) -> {
            out.expectText(data, 0, data.length, name, options.generateLimit());
            origin = inner;
            try {
              parse(data, 0, data.length, name, inc);
            } finally {
              // BIND restores origin and owner after an include; $TTL changes stay in force.
              origin = saved;
              owner = savedOwner;
            }
          });
    } else if (e.is(0, "$GENERATE")) {
      generate.expand(e, file);
    } else {
      throw new ParseProblem(
          "unknown directive '" + e.utf8(0) + "' (known: $ORIGIN, $TTL, $INCLUDE, $GENERATE)");
    }
  }

  private static void arguments(Entry e, int min, int max, String usage) {
    if (e.count < min || e.count > max) {
      throw new ParseProblem("expected " + usage);
    }
  }

  /** A record line: [owner] [ttl] [class] type rdata, with ttl and class in either order. */
  void record(Entry e, String file) {
    int i = 0;
    String name;
    if (e.blankOwner) {
      if (owner == null) {
        if (ownerFailed) {
          return;
        }
        throw new ParseProblem(
            "this record has no owner name and there is no previous one to inherit");
      }
      name = owner;
    } else {
      try {
        name = names.owner(e, 0, origin);
      } catch (ParseProblem p) {
        owner = null;
        ownerFailed = true;
        throw p;
      }
      owner = name;
      ownerFailed = false;
      i = 1;
    }
    int ttl = -1;
    boolean cls = false;
    RecordType type = null;
    for (int k = 0; k < 3 && i < e.count; k++) {
      if (ttl < 0 && Ttls.looksLikeTtl(e, i)) {
        ttl = Ttls.parse(e, i++);
      } else if (!cls && e.is(i, "IN")) {
        cls = true;
        i++;
      } else if ((type = Types.supported(e, i)) != null) {
        break; // the common case, checked before the slower class lookup
      } else if (!cls && Types.isClass(e, i)) {
        if (!Types.isIn(e, i)) {
          throw new ParseProblem(
              "class", "class " + e.utf8(i) + " is not supported: Hetzner zones are class IN");
        }
        cls = true;
        i++;
      } else {
        break;
      }
    }
    if (i >= e.count) {
      throw new ParseProblem("record has no type");
    }
    if (type == null) {
      String typeName = opaqueType(e, i);
      if (typeName == null) {
        unsupported(e, i, file);
        return;
      }
      String value = opaqueValue(e, i + 1, typeName);
      TtlChoice t = ttl(ttl, null, null);
      out.addOpaque(
          new ZoneBuilder.OpaqueRecord(name, typeName, t.effective, t.explicit, value, e.comment()),
          file,
          e.line);
      return;
    }
    String value = rdata.convert(type, e, i + 1, origin);
    TtlChoice t = ttl(ttl, type, value);
    out.add(name, type, t.effective, t.explicit, value, e.comment(), file, e.line);
  }

  /** A record's effective TTL and whether it is its own. */
  private record TtlChoice(int effective, boolean explicit) {}

  private TtlChoice ttl(int ttl, RecordType type, String value) {
    boolean explicit = true;
    int effective;
    if (ttl >= 0) {
      effective = ttl;
      lastTtl = ttl;
    } else if (defaultTtl >= 0) {
      effective = defaultTtl;
      explicit = defaultTtl != out.zoneDefaultTtl;
    } else if (lastTtl >= 0) {
      effective = lastTtl;
    } else if (type == RecordType.SOA) {
      effective = soaMinimum(value);
      defaultTtl = effective;
      out.zoneDefaultTtl = effective;
      explicit = false;
    } else {
      throw new ParseProblem("no TTL: give this record a TTL or put $TTL at the top of the file");
    }
    return new TtlChoice(effective, explicit);
  }

  /**
   * The type of a record hzone does not know that is kept rather than refused: one in RFC 3597's
   * generic form ({@code \#} after the type), always; any other with {@link
   * UnsupportedTypePolicy#KEEP}, even a mnemonic dnsjava does not know. Null when the record is to
   * be refused or skipped.
   */
  private String opaqueType(Entry e, int i) {
    int code = Types.typeCode(e, i);
    boolean generic = i + 1 < e.count && !e.quoted[i + 1] && e.text(i + 1).equals("\\#");
    if (code > 0 && !Types.isMeta(code) && (generic || keep())) {
      return org.xbill.DNS.Type.string(code);
    }
    if (code < 0 && keep() && !e.quoted[i] && e.text(i).matches("[A-Za-z][A-Za-z0-9-]*")) {
      return e.text(i).toUpperCase(java.util.Locale.ROOT);
    }
    return null;
  }

  private boolean keep() {
    return options.unsupportedTypes() == UnsupportedTypePolicy.KEEP;
  }

  /**
   * The RDATA of a record of unknown type as written, tokens joined by one space; RFC 3597's
   * generic form is checked (its length must match its hex).
   */
  private static String opaqueValue(Entry e, int from, String typeName) {
    if (from >= e.count) {
      throw new ParseProblem(typeName + " record has no data");
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < e.count; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(
          new String(
              e.data,
              e.rawStart[k],
              e.rawEnd[k] - e.rawStart[k],
              java.nio.charset.StandardCharsets.UTF_8));
    }
    String value = sb.toString();
    int code = org.xbill.DNS.Type.value(typeName);
    if (value.startsWith("\\#") && code > 0) {
      try {
        org.xbill.DNS.Record.fromString(
            org.xbill.DNS.Name.root,
            code,
            org.xbill.DNS.DClass.IN,
            0,
            value,
            org.xbill.DNS.Name.root);
      } catch (java.io.IOException | RuntimeException ex) {
        throw new ParseProblem(
            typeName
                + " record in RFC 3597 form does not read: "
                + ex.getMessage()
                + " (write \\# LENGTH HEX, LENGTH the number of bytes)");
      }
    }
    return value;
  }

  private void unsupported(Entry e, int i, String file) {
    int code = Types.typeCode(e, i);
    if (code < 0) {
      throw new ParseProblem("expected a record type, found '" + e.utf8(i) + "'");
    }
    String typeName = org.xbill.DNS.Type.string(code);
    if (Types.isMeta(code)) {
      throw new ParseProblem(
          typeName + " is a query or meta type (0, OPT or 128 to 255), not a record type");
    }
    if (options.unsupportedTypes() == UnsupportedTypePolicy.SKIP) {
      out.warning(
          new SourcePosition(file, e.line),
          "unsupported-type",
          typeName + " records are not supported by the Hetzner API; skipped");
      return;
    }
    throw new ParseProblem(
        "unsupported-type",
        typeName
            + " records are not supported by the Hetzner API (remove it, or skip such records with --skip-unsupported)");
  }

  private static int soaMinimum(String soa) {
    return (int) Long.parseLong(soa.substring(soa.lastIndexOf(' ') + 1));
  }
}
