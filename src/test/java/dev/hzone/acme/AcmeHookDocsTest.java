package dev.hzone.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lego and certbot commands that {@code hzone help acme-hook} shows use only flags and
 * variables that {@link AcmeEndToEndIT} passes when it runs lego and certbot against pebble and the
 * emulator, so the documented invocations cannot drift from the tested ones (issue 15 item 6).
 */
class AcmeHookDocsTest {
  private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern FLAG = Pattern.compile("(?<=\\s)--[a-z][a-z.-]*");
  private static final Pattern VARIABLE = Pattern.compile("(?<![A-Za-z_])([A-Z][A-Z_]+)=");

  @Test
  void everyDocumentedLegoAndCertbotFlagIsOneTheEndToEndTestRuns() throws IOException {
    String help;
    try (InputStream in = getClass().getResourceAsStream("/dev/hzone/cli/help/acme-hook.txt")) {
      help = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String it = Files.readString(Path.of("src/test/java/dev/hzone/acme/AcmeEndToEndIT.java"));
    List<String> checked = new ArrayList<>();
    Matcher block = BLOCK.matcher(help);
    while (block.find()) {
      String sh = block.group(1);
      if (!sh.contains("lego --") && !sh.contains("certbot certonly")) {
        continue;
      }
      for (String line : sh.lines().filter(l -> !l.startsWith("export ")).toList()) {
        Matcher f = FLAG.matcher(line);
        while (f.find()) {
          checked.add(f.group());
          assertTrue(
              it.contains("\"" + f.group() + "\""),
              f.group() + " is documented but AcmeEndToEndIT does not pass it");
        }
        Matcher v = VARIABLE.matcher(line);
        while (v.find()) {
          checked.add(v.group(1));
          assertTrue(
              it.contains("\"" + v.group(1) + "\""),
              v.group(1) + " is documented but AcmeEndToEndIT does not set it");
        }
      }
    }
    for (String needed :
        List.of(
            "--dns.resolvers",
            "--dns.disable-cp",
            "--manual",
            "--preferred-challenges",
            "--manual-auth-hook",
            "--manual-cleanup-hook",
            "EXEC_PATH")) {
      assertTrue(
          checked.contains(needed), needed + " is shown in hzone help acme-hook: " + checked);
    }
  }
}
