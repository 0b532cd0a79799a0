/**
 * BIND zone files in and out: {@link dev.hzone.zonefile.ZoneFileReader} reads a file (directives,
 * includes, escapes, IDN) into a {@link dev.hzone.zonefile.ParsedZone} that keeps the file and line
 * of every RRSet; {@link dev.hzone.zonefile.ZoneFileWriter} writes a zone back in hzone's canonical
 * layout or one line per record; {@link dev.hzone.zonefile.ZoneFiles} says which files of a
 * directory are zones; {@code dev.hzone.zonefile.lint} checks a parsed zone against what the API
 * accepts. Problems are {@link dev.hzone.zonefile.Finding}s printed as {@code FILE:LINE: message};
 * nothing here prints or exits. Uses {@code dev.hzone.dns} and dnsjava only.
 *
 * <pre>{@code
 * ParsedZone parsed = new ZoneFileReader(ReadOptions.defaults()).read(Path.of("zones/example.com.zone"));
 * List<Finding> findings = Linter.standard().check(parsed);
 * String canonical = new ZoneFileWriter().format(parsed.zone(), parsed.header());
 * }</pre>
 */
package dev.hzone.zonefile;
