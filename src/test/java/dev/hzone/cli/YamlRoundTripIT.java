package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.cli.framework.YamlWriter;
import dev.hzone.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link YamlWriter}'s output, read back by PyYAML (a YAML 1.1 reader, the stricter case for plain
 * scalars), equals the JSON it was written from: for API-shaped objects and for random tricky
 * strings.
 */
class YamlRoundTripIT {
  private static final String[] PIECES = {
    "yes",
    "no",
    "on",
    "Off",
    "NULL",
    "~",
    "0",
    "0x1F",
    "1e3",
    "-",
    ": ",
    " #",
    "#",
    "\"",
    "'",
    "\\",
    "\n",
    "\t",
    "@",
    "*",
    "&a",
    "!tag",
    "%",
    "|",
    ">",
    "[",
    "]",
    "{",
    "}",
    ",",
    "?",
    "2026-03-01",
    "12:30",
    ".inf",
    "ä",
    "日本",
    "\u0007",
    " ",
    "www",
    "example.com.",
    "v=spf1",
    "_dmarc",
    "a=b",
    "x/y",
    "(",
    ")",
    "+1",
    "=",
    "`"
  };

  @TempDir Path dir;

  @Test
  void pyyamlReadsBackWhatWasWritten() throws Exception {
    String python = Tools.require("python3");
    Random random = new Random(42);
    JsonArray cases = new JsonArray();
    cases.add(
        JsonParser.parseString(
            """
        {"id": 4711, "name": "example.org", "mode": "primary", "ttl": 3600, "labels": {"team": "web", "x": ""},
         "protection": {"delete": false}, "status": "ok", "record_count": 7, "created": "2026-03-01T10:00:00Z",
         "authoritative_nameservers": {"assigned": ["hydrogen.ns.hetzner.com."], "delegated": [],
           "delegation_last_check": null, "delegation_status": "valid"},
         "primary_nameservers": [{"address": "198.51.100.7", "port": 53, "tsig_algorithm": "hmac-sha256"}],
         "records": [{"value": "\\"v=spf1 -all\\"", "comment": ""}, {"value": "10 mail.example.org.", "comment": "x: y"}],
         "nested": [[1, 2], [], [{"a": [true, false, null]}]], "float": 1.5, "neg": -3}
        """));
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(4);
      for (int k = 0; k < n; k++) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      JsonObject o = new JsonObject();
      o.addProperty(s.length() == 0 ? "k" + i : s.toString(), s.toString());
      o.add(
          "list",
          JsonParser.parseString("[" + new com.google.gson.Gson().toJson(s.toString()) + "]"));
      cases.add(o);
    }
    // One document per file and one PyYAML run for all of them: starting Python 300 times costs a
    // minute.
    List<String> files = new java.util.ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Path f = dir.resolve("case" + i + ".yaml");
      Files.writeString(f, YamlWriter.write(cases.get(i)), StandardCharsets.UTF_8);
      files.add(f.toString());
    }
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                python,
                "-c",
                "import sys, json, yaml\n"
                    + "for f in sys.argv[1:]:\n"
                    + "    print(json.dumps(yaml.safe_load(open(f, encoding='utf-8')), ensure_ascii=False))"));
    cmd.addAll(files);
    Process p = new ProcessBuilder(cmd).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "PyYAML failed: " + err);
    List<String> lines = out.lines().toList();
    assertEquals(cases.size(), lines.size());
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(
          cases.get(i),
          JsonParser.parseString(lines.get(i)),
          "round trip of:\n" + YamlWriter.write(cases.get(i)));
    }
  }
}
