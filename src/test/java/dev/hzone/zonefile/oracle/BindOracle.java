package dev.hzone.zonefile.oracle;

import dev.hzone.dns.RecordType;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * BIND's {@code named-compilezone} as an oracle (PEERS.md section 2): loads a zone file and returns
 * its canonical dump as a set of comparable records, so that two loads can be compared the way
 * PEERS.md recommends (owner case ignored, rdata in canonical wire form, TTL per RRSet as BIND
 * collapses it, duplicates merged).
 */
final class BindOracle {
  private static final Pattern LINE =
      Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s*(.*)$");

  private final String compilezone;
  private final boolean unshare;

  BindOracle(String compilezone) {
    this.compilezone = compilezone;
    this.unshare = canUnshare();
  }

  /** The result of one load: exit status, stderr, and the records (empty when it failed). */
  record Load(int exit, String stderr, Set<String> records) {
    boolean ok() {
      return exit == 0;
    }
  }

  /**
   * Loads {@code file} with {@code origin}, in working directory {@code wd} (where BIND resolves
   * {@code $INCLUDE}). Only records of the types the API supports are kept.
   */
  Load load(Path file, String origin, Path wd) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (unshare) {
      cmd.addAll(List.of("unshare", "-n"));
    }
    cmd.addAll(
        List.of(
            compilezone,
            "-i",
            "local",
            "-k",
            "warn",
            "-n",
            "warn",
            "-w",
            wd.toString(),
            "-s",
            "full",
            "-o",
            "-",
            origin,
            file.toAbsolutePath().toString()));
    Path errFile = Files.createTempFile("oracle", ".err");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(wd.toFile())
              .redirectError(errFile.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("named-compilezone timed out on " + file);
      }
      String err = Files.readString(errFile, StandardCharsets.ISO_8859_1);
      if (p.exitValue() != 0) {
        return new Load(p.exitValue(), err, Set.of());
      }
      return new Load(0, err, records(new String(out, StandardCharsets.ISO_8859_1)));
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  /**
   * The dump's records of API-supported types, each as {@code owner ttl TYPE canonical-rdata-hex}.
   */
  static Set<String> records(String dump) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String line : dump.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (line.isBlank() || line.startsWith(";") || !m.matches()) {
        continue;
      }
      if (RecordType.fromText(m.group(4)).isEmpty()) {
        continue;
      }
      int type = Type.value(m.group(4));
      long ttl = Long.parseLong(m.group(2));
      Name owner = Name.fromString(m.group(1));
      if (type == Type.SVCB || type == Type.HTTPS) {
        // dnsjava 3.6 does not undo SVCB's second level of escaping (RFC 9460 A.1); BIND's own
        // canonical
        // text for the wire it built is the faithful form to compare.
        out.add(owner.canonicalize() + " " + ttl + " " + Type.string(type) + " text " + m.group(5));
        continue;
      }
      try {
        Record r = Record.fromString(owner, type, DClass.IN, ttl, m.group(5), Name.root);
        out.add(
            owner.canonicalize()
                + " "
                + ttl
                + " "
                + Type.string(type)
                + " "
                + HexFormat.of().formatHex(r.rdataToWireCanonical()));
      } catch (IOException e) {
        // dnsjava is stricter than BIND here (e.g. DS digest lengths): compare BIND's text instead.
        out.add(owner.canonicalize() + " " + ttl + " " + Type.string(type) + " text " + m.group(5));
      }
    }
    return out;
  }

  private static boolean canUnshare() {
    try {
      Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
