package dev.hzone.zonefile;

import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@link ZoneData} as BIND zone-file text. Pure presentation: no I/O, no lint.
 *
 * <ul>
 *   <li>{@link #format} is the canonical, Git-friendly layout that {@code file fmt}, {@code pull}
 *       and {@code zone export} print: {@code $ORIGIN} and {@code $TTL} header, RRSets in {@link
 *       RrsetKey} order, records in their order, owner names relative to the zone, aligned columns,
 *       a TTL only where the RRSet has its own, record comments as {@code ; comment}. Reading it
 *       back gives the same {@link ZoneData}, and formatting that again gives the same text.
 *   <li>{@link #render} is one self-contained line per record (CLI.md {@code file render}):
 *       absolute owner, effective TTL, class, type and value, as {@code named-compilezone -s full}
 *       prints a zone.
 * </ul>
 *
 * <p>Comments are written on one line (line breaks become spaces) and trimmed. A zone without a
 * default TTL whose RRSets inherit one is written with {@code $TTL} {@value #FALLBACK_TTL}, the
 * API's default.
 */
public final class ZoneFileWriter {
  /** The API's default zone TTL, used where a zone has none and an RRSet inherits it. */
  public static final int FALLBACK_TTL = 3600;

  /** Owner names longer than this do not widen the name column; such lines are not aligned. */
  private static final int MAX_NAME_COLUMN = 32;

  private static final int TYPE_COLUMN = 5;

  /** The canonical layout, without header comments. */
  public String format(ZoneData zone) {
    return format(zone, List.of());
  }

  /**
   * The canonical layout, starting with {@code header} as comment lines (each written as {@code ;}
   * and the line, so that {@link ParsedZone#header()} survives {@code file fmt}).
   */
  public String format(ZoneData zone, List<String> header) {
    StringBuilder sb = new StringBuilder(64 + zone.rrsets().size() * 64);
    for (String h : header) {
      sb.append(';').append(oneLine(h).stripTrailing()).append('\n');
    }
    sb.append("$ORIGIN ").append(absoluteZone(zone)).append('\n');
    boolean inherits =
        zone.rrsets().values().stream().anyMatch(r -> r.ttl().isEmpty())
            || zone.opaque().stream().anyMatch(r -> r.ttl().isEmpty());
    if (zone.defaultTtl().isPresent() || inherits) {
      sb.append("$TTL ").append(zone.defaultTtl().orElse(FALLBACK_TTL)).append('\n');
    }
    if (zone.rrsets().isEmpty() && zone.opaque().isEmpty()) {
      return sb.toString();
    }
    sb.append('\n');
    int nameWidth = 1;
    int ttlWidth = 0;
    for (Rrset r : zone.rrsets().values()) {
      int n = r.name().length();
      if (n <= MAX_NAME_COLUMN && n > nameWidth) {
        nameWidth = n;
      }
      if (r.ttl().isPresent()) {
        ttlWidth = Math.max(ttlWidth, digits(r.ttl().getAsInt()));
      }
    }
    for (Rrset r : zone.rrsets().values()) {
      for (RecordValue v : r.records()) {
        pad(sb, r.name(), nameWidth);
        sb.append(' ');
        if (ttlWidth > 0) {
          String ttl = r.ttl().isPresent() ? Integer.toString(r.ttl().getAsInt()) : "";
          pad(sb, ttl, ttlWidth);
          sb.append(' ');
        }
        line(sb, r, v);
      }
    }
    opaque(sb, zone);
    return sb.toString();
  }

  /**
   * The RRSets of types hzone does not know, after the others: in RFC 3597's generic form ({@code
   * TYPE65000 \# 3 abcdef}), which any RFC 3597 reader (BIND, and hzone's, which keeps such records
   * opaque and leaves them alone when planning) reads back, so that a pulled file plans as no
   * change. Where the wire form cannot be found (dnsjava knows neither the type nor the value's
   * syntax) the record is written as a comment: the zone keeps it, hzone leaves it alone.
   */
  private static void opaque(StringBuilder sb, ZoneData zone) {
    if (zone.opaque().isEmpty()) {
      return;
    }
    sb.append("\n; Types this version of hzone does not know, as RFC 3597 generic data;")
        .append(" plan and apply leave them alone\n");
    for (OpaqueRrset r : zone.opaque()) {
      String ttl = r.ttl().isPresent() ? r.ttl().getAsInt() + " " : "";
      int code = r.typeCode();
      for (RecordValue v : r.records()) {
        Optional<String> generic = generic(code, v.value());
        String comment = oneLine(v.comment()).strip();
        if (generic.isPresent()) {
          sb.append(r.name())
              .append(' ')
              .append(ttl)
              .append("IN TYPE")
              .append(code)
              .append(' ')
              .append(generic.get());
          if (!comment.isEmpty()) {
            sb.append(" ; ").append(comment);
          }
        } else {
          sb.append("; ")
              .append(r.name())
              .append(' ')
              .append(ttl)
              .append("IN ")
              .append(r.typeName())
              .append(' ')
              .append(oneLine(v.value()))
              .append("  (kept at Hetzner, left alone: not readable as RFC 3597 data)");
        }
        sb.append('\n');
      }
    }
  }

  /** {@code \# LENGTH HEX} for a value of type number {@code code}, if dnsjava can read it. */
  private static Optional<String> generic(int code, String value) {
    if (code <= 0) {
      return Optional.empty();
    }
    try {
      byte[] wire =
          org.xbill.DNS.Record.fromString(
                  org.xbill.DNS.Name.root,
                  code,
                  org.xbill.DNS.DClass.IN,
                  0,
                  value,
                  org.xbill.DNS.Name.root)
              .rdataToWireCanonical();
      return Optional.of(
          wire.length == 0
              ? "\\# 0"
              : "\\# " + wire.length + " " + java.util.HexFormat.of().formatHex(wire));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** One line per record: absolute owner, effective TTL, class, type, value and comment. */
  public String render(ZoneData zone) {
    StringBuilder sb = new StringBuilder(zone.rrsets().size() * 80);
    String suffix = absoluteZone(zone);
    int defaultTtl = zone.defaultTtl().orElse(FALLBACK_TTL);
    int nameWidth = 1;
    int ttlWidth = 1;
    for (Rrset r : zone.rrsets().values()) {
      int n = absoluteLength(r.key(), suffix);
      if (n <= MAX_NAME_COLUMN + suffix.length() && n > nameWidth) {
        nameWidth = n;
      }
      ttlWidth = Math.max(ttlWidth, digits(r.effectiveTtl(defaultTtl)));
    }
    for (Rrset r : zone.rrsets().values()) {
      String owner = absolute(r.key(), suffix);
      String ttl = Integer.toString(r.effectiveTtl(defaultTtl));
      for (RecordValue v : r.records()) {
        pad(sb, owner, nameWidth);
        sb.append(' ');
        pad(sb, ttl, ttlWidth);
        sb.append(' ');
        line(sb, r, v);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, Rrset r, RecordValue v) {
    sb.append("IN ");
    pad(sb, r.type().name(), TYPE_COLUMN);
    sb.append(' ').append(v.value());
    if (v.hasComment()) {
      String c = oneLine(v.comment()).strip();
      if (!c.isEmpty()) {
        sb.append(" ; ").append(c);
      }
    }
    sb.append('\n');
  }

  /** The zone's name as an absolute name with trailing dot ({@code .} for the root). */
  static String absoluteZone(ZoneData zone) {
    return zone.name().isEmpty() ? "." : zone.name() + ".";
  }

  private static String absolute(RrsetKey key, String suffix) {
    if (key.isApex()) {
      return suffix;
    }
    return suffix.equals(".") ? key.name() + "." : key.name() + "." + suffix;
  }

  private static int absoluteLength(RrsetKey key, String suffix) {
    return key.isApex()
        ? suffix.length()
        : key.name().length() + (suffix.equals(".") ? 1 : 1 + suffix.length());
  }

  private static String oneLine(String s) {
    return s.indexOf('\n') < 0 && s.indexOf('\r') < 0
        ? s
        : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static void pad(StringBuilder sb, String s, int width) {
    sb.append(s);
    for (int k = s.length(); k < width; k++) {
      sb.append(' ');
    }
  }

  private static int digits(int v) {
    return Integer.toString(v).length();
  }
}
