package dev.hzone.cli.zone;

import dev.hzone.api.ApiException;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.TxtStrings;
import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Record names, types and values typed on the command line, converted exactly as a zone file's are:
 * each value becomes one line of a small zone file ({@code $ORIGIN} the zone) read by {@link
 * ZoneFileReader}, so relative names are completed against the zone, escapes and quoting follow RFC
 * 1035, and the value comes out in the API's syntax. Unquoted TXT text is taken literally ({@link
 * TxtStrings#fromUserText}).
 */
final class RecordInput {
  private static final Pattern RECORD_INDEX = Pattern.compile("records\\[(\\d+)\\](?:\\.(\\w+))?");

  private RecordInput() {}

  /**
   * One value as typed and as converted.
   *
   * @param input the argument(s) the user gave
   * @param record the value in the API's syntax, with the comment
   */
  record Value(String input, RecordValue record) {}

  /** The record type, or a usage error with a suggestion (and a word on types the API lacks). */
  static RecordType type(String text) {
    return RecordType.fromText(text.trim())
        .orElseThrow(
            () -> {
              List<String> known = Arrays.stream(RecordType.values()).map(Enum::name).toList();
              String upper = text.trim().toUpperCase(Locale.ROOT);
              if (org.xbill.DNS.Type.value(upper) >= 0) {
                return CliException.usage(
                    "record type "
                        + upper
                        + " is not supported by the Hetzner API (it takes "
                        + String.join(", ", known)
                        + ")");
              }
              return CliException.usage(
                  Suggestions.unknown("record type", text, known, "hzone record add")
                      .replace(
                          " (see 'hzone record add --help')",
                          " (types: " + String.join(", ", known) + ")"));
            });
  }

  /**
   * The RRSet name relative to {@code zone} in the API's form: {@code @} for the apex; an absolute
   * name (with trailing dot) made relative; a name without dot that ends with the zone's name taken
   * as absolute (the API forbids relative names that end with it, so that is the only reading that
   * makes sense); else relative.
   */
  static String name(String arg, String zone) {
    String a = arg.trim();
    if (a.isEmpty()) {
      throw CliException.usage("empty record name: use @ for the zone's apex");
    }
    if (a.equals("@")) {
      return RrsetKey.APEX;
    }
    String ascii;
    try {
      ascii = Names.toAscii(a).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("'" + arg + "' is not a valid name: " + e.getMessage());
    }
    if (ascii.endsWith(".") || ascii.equals(zone) || ascii.endsWith("." + zone)) {
      return Names.relativize(ascii, zone)
          .orElseThrow(
              () ->
                  CliException.usage(
                      "'"
                          + arg
                          + "' is not in zone "
                          + zone
                          + " (give a name relative to the zone, or one ending in "
                          + zone
                          + ".)"));
    }
    return ascii;
  }

  /**
   * The values of one RRSet. Each argument is one record in zone-file syntax ({@code '10 mail'} for
   * MX); when the arguments do not read as separate records but do as one ({@code 10 mail}
   * unquoted), they are one.
   *
   * @throws CliException a data error (65) naming the argument that does not read, and why
   */
  static List<Value> values(String zone, RrsetKey key, List<String> args, String comment) {
    try {
      return read(zone, key, args, comment);
    } catch (ZoneFileException separately) {
      if (args.size() > 1 && key.type() != RecordType.TXT) {
        try {
          return read(zone, key, List.of(String.join(" ", args)), comment);
        } catch (ZoneFileException together) {
          // Report the first reading: each argument a record.
        }
      }
      throw CliException.data(describe(separately, key, args));
    }
  }

  private static List<Value> read(String zone, RrsetKey key, List<String> args, String comment) {
    // $TTL only so that the lines need none of their own; the values' RRSet keeps "inherit the
    // zone's TTL".
    StringBuilder text = new StringBuilder("$ORIGIN ").append(zone).append(".\n$TTL 3600\n");
    for (String a : args) {
      String rdata = a.trim();
      if (key.type() == RecordType.TXT && !rdata.startsWith("\"")) {
        rdata = TxtStrings.fromUserText(a);
      }
      if (rdata.contains("\n")) {
        throw ZoneFileException.of(
            new dev.hzone.zonefile.SourcePosition("argument", 3 + args.indexOf(a)),
            "input",
            "a value cannot span lines");
      }
      text.append(key.name())
          .append(" IN ")
          .append(key.type().name())
          .append(' ')
          .append(rdata)
          .append('\n');
    }
    ZoneData parsed = new ZoneFileReader().parse(text.toString(), "argument", zone).zone();
    Rrset r =
        parsed
            .get(key)
            .orElseThrow(
                () ->
                    ZoneFileException.of(
                        new dev.hzone.zonefile.SourcePosition("argument", 3),
                        "input",
                        "no " + key.type() + " record read"));
    List<Value> out = new ArrayList<>();
    List<RecordValue> records = r.records();
    for (int i = 0; i < records.size(); i++) {
      String input =
          i < args.size() && records.size() == args.size() ? args.get(i) : String.join(" ", args);
      out.add(new Value(input, new RecordValue(records.get(i).value(), comment)));
    }
    return out;
  }

  /**
   * The zone-file errors, each put next to the argument it came from (line 3 is the first value).
   */
  private static String describe(ZoneFileException e, RrsetKey key, List<String> args) {
    List<String> lines = new ArrayList<>();
    List<Finding> errors = e.errors().isEmpty() ? e.findings() : e.errors();
    for (Finding f : errors) {
      int index = f.position().line() - 3;
      String arg = index >= 0 && index < args.size() ? args.get(index) : String.join(" ", args);
      lines.add("invalid " + key.type() + " value '" + arg + "': " + f.message());
    }
    return String.join("\n", lines);
  }

  /**
   * The API's refusal of values, each field error next to what the user typed: {@code
   * records[1].value} becomes "value '10 mail' (sent as '10 mail.example.com.'): ...".
   */
  static String explain(ApiException e, RrsetKey key, List<Value> values) {
    List<String> lines = new ArrayList<>();
    for (ApiException.FieldError f : e.fields()) {
      Matcher m = RECORD_INDEX.matcher(f.name());
      String messages = f.messages().isEmpty() ? e.apiMessage() : String.join(", ", f.messages());
      Optional<Value> v = Optional.empty();
      if (m.find()) {
        int i = Integer.parseInt(m.group(1));
        v = i < values.size() ? Optional.of(values.get(i)) : Optional.empty();
      } else if (f.name().equals("value") && values.size() == 1) {
        v = Optional.of(values.get(0));
      } else {
        // A field about the whole request (the name, the RRSet): shown with everything the user
        // typed.
        lines.add(
            "the API refused "
                + key.name()
                + " "
                + key.type()
                + " "
                + values.stream()
                    .map(x -> "'" + x.input() + "'")
                    .collect(java.util.stream.Collectors.joining(" "))
                + ": "
                + f.name()
                + ": "
                + messages);
        continue;
      }
      if (v.isPresent()) {
        String sent = v.get().record().value();
        lines.add(
            "the API refused "
                + key.type()
                + " value '"
                + v.get().input()
                + "'"
                + (sent.equals(v.get().input()) ? "" : " (sent as '" + sent + "')")
                + ": "
                + messages);
      } else {
        lines.add("the API refused " + f.name() + ": " + messages);
      }
    }
    return String.join("\n", lines) + " (" + e.rawCode() + ")";
  }
}
