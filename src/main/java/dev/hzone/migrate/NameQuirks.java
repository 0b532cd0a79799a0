package dev.hzone.migrate;

import dev.hzone.dns.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Forgotten trailing dots, the commonest flaw of registrars' exports. An owner or target written as
 * {@code www.example.com} (no dot) becomes {@code www.example.com.example.com.}; that is certainly
 * a mistake and is fixed. A target such as {@code ghs.google.com} becomes {@code
 * ghs.google.com.example.com.}; that is probably a mistake but might be meant, so it is reported,
 * not changed.
 */
final class NameQuirks {
  /** Types whose RDATA holds host names, where a missing dot does harm. */
  private static final Set<Integer> NAME_TYPES =
      Set.of(Type.CNAME, Type.NS, Type.PTR, Type.MX, Type.SRV);

  /** Top-level domains that, at the end of a relative target, betray a forgotten trailing dot. */
  private static final Set<String> COMMON_TLDS =
      Set.of(
          "com", "net", "org", "io", "de", "at", "ch", "eu", "uk", "fr", "nl", "info", "biz", "co",
          "us", "app", "dev", "cloud", "email");

  private NameQuirks() {}

  static QuirkResult apply(List<SourceRecord> in, String zone) {
    String z = Names.zoneName(zone);
    String doubled = "." + z + "." + z + ".";
    List<SourceRecord> out = new ArrayList<>();
    List<MigrationNote> notes = new ArrayList<>();
    for (SourceRecord s : in) {
      Record r = s.record();
      String owner = r.getName().toString().toLowerCase(Locale.ROOT);
      if (owner.endsWith(doubled) || owner.equals(z + "." + z + ".")) {
        Name fixed = name(owner.substring(0, owner.length() - z.length() - 1));
        r = r.withName(fixed);
        notes.add(
            new MigrationNote(
                NoteKind.DOUBLED_ORIGIN_FIXED,
                rel(fixed, z),
                r.getType(),
                1,
                "owner "
                    + owner
                    + " has the zone name twice (a missing trailing dot in the export); read as "
                    + fixed,
                "",
                s.line()));
      }
      if (NAME_TYPES.contains(r.getType())) {
        r = targets(r, s, z, doubled, notes);
      }
      out.add(s.withRecord(r));
    }
    return new QuirkResult(out, notes);
  }

  private static Record targets(
      Record r, SourceRecord s, String z, String doubled, List<MigrationNote> notes) {
    String rdata = r.rdataToString();
    String[] words = rdata.split(" ");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (w.endsWith(doubled)) {
        words[i] = words[i].substring(0, words[i].length() - z.length() - 1);
        changed = true;
        notes.add(
            new MigrationNote(
                NoteKind.DOUBLED_ORIGIN_FIXED,
                rel(r.getName(), z),
                r.getType(),
                1,
                "target "
                    + w
                    + " has the zone name twice (a missing trailing dot in the export); read as "
                    + words[i],
                "",
                s.line()));
      } else if (w.endsWith("." + z + ".")) {
        String relative = w.substring(0, w.length() - z.length() - 2);
        String last = relative.substring(relative.lastIndexOf('.') + 1);
        if (relative.contains(".") && COMMON_TLDS.contains(last)) {
          notes.add(
              new MigrationNote(
                  NoteKind.SUSPICIOUS_NAME,
                  rel(r.getName(), z),
                  r.getType(),
                  1,
                  "target " + w + " looks like " + relative + ". with a forgotten trailing dot",
                  "if " + relative + ". is meant, add the trailing dot in the export and run again",
                  s.line()));
        }
      }
    }
    return changed ? Records.withRdata(r, String.join(" ", words)) : r;
  }

  private static String rel(Name n, String zone) {
    return Names.relativize(n.toString(), zone).orElse(n.toString());
  }

  private static Name name(String s) {
    try {
      return Name.fromString(s);
    } catch (TextParseException e) {
      throw new IllegalStateException("a suffix of a valid name is valid", e);
    }
  }
}
