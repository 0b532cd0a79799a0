package dev.hzone.migrate;

import dev.hzone.dns.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Cloudflare's export: record comments carry {@code cf_tags=...} after the user's own comment,
 * proxied records are tagged {@code cf-proxied:true} and hold the origin's address, and the
 * "automatic" TTL is written as 1.
 *
 * @see <a
 *     href="https://developers.cloudflare.com/dns/manage-dns-records/how-to/import-and-export/">Cloudflare:
 *     import and export records</a>
 */
final class CloudflareQuirks {
  /** What Cloudflare serves for its automatic TTL. */
  static final long AUTO_TTL = 300;

  private static final String TAGS = "cf_tags=";

  private CloudflareQuirks() {}

  /** Whether the text looks like a Cloudflare export. */
  static boolean recognises(String text) {
    return text.contains(TAGS)
        || text.contains(".ns.cloudflare.com.")
        || text.contains(";; Domain:") && text.contains("cloudflare");
  }

  static QuirkResult apply(List<SourceRecord> in, String zone) {
    List<SourceRecord> out = new ArrayList<>();
    Map<String, MigrationNote> autoTtl = new LinkedHashMap<>();
    Map<String, MigrationNote> proxied = new LinkedHashMap<>();
    for (SourceRecord s : in) {
      String comment = s.comment();
      List<String> tags = List.of();
      int at = comment.indexOf(TAGS);
      if (at >= 0) {
        tags = List.of(comment.substring(at + TAGS.length()).trim().split(","));
        comment = comment.substring(0, at).trim();
      }
      Record r = s.record();
      String owner = Names.relativize(r.getName().toString(), zone).orElse(r.getName().toString());
      String key = owner + "/" + r.getType();
      if (r.getTTL() == 1) {
        r = Records.withTtl(r, AUTO_TTL);
        merge(
            autoTtl,
            key,
            new MigrationNote(
                NoteKind.AUTO_TTL,
                owner,
                r.getType(),
                1,
                "Cloudflare's automatic TTL became "
                    + AUTO_TTL
                    + " s, what Cloudflare served for it",
                "",
                s.line()));
      }
      if (tags.stream().anyMatch(t -> t.trim().equalsIgnoreCase("cf-proxied:true"))) {
        merge(
            proxied,
            key,
            new MigrationNote(
                NoteKind.PROXIED_RECORD,
                owner,
                r.getType(),
                1,
                "Cloudflare proxied this "
                    + Type.string(r.getType())
                    + " record: resolvers got Cloudflare's "
                    + "addresses; at Hetzner they get the origin "
                    + value(r)
                    + " directly",
                "make sure the origin may be reached directly (firewall, TLS certificate, capacity), or put your "
                    + "own proxy in front",
                s.line()));
      }
      out.add(new SourceRecord(r, s.line(), comment));
    }
    List<MigrationNote> notes = new ArrayList<>(autoTtl.values());
    notes.addAll(proxied.values());
    return new QuirkResult(out, notes);
  }

  private static String value(Record r) {
    return dev.hzone.dns.RecordType.fromCode(r.getType()).isPresent()
        ? dev.hzone.zonefile.RecordValueFormatter.format(r)
        : r.rdataToString();
  }

  /** One note per RRSet, counting its records and naming its first line. */
  static void merge(Map<String, MigrationNote> notes, String key, MigrationNote n) {
    notes.merge(
        key,
        n,
        (a, b) ->
            new MigrationNote(
                a.kind(),
                a.owner(),
                a.type(),
                a.count() + b.count(),
                a.message(),
                a.suggestion(),
                a.line()));
  }
}
