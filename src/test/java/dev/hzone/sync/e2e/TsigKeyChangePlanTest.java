package dev.hzone.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secondary zone whose only change is its TSIG key plans as a change of key fingerprint (issue
 * 15, item 11).
 */
class TsigKeyChangePlanTest {
  @TempDir Path dir;
  private EmulatorFixture emu;

  private static final String OLD = "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw==";
  private static final String NEW = "YW5vdGhlci10c2lnLWtleS1mb3ItdGVzdHM=";

  @BeforeEach
  void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private static String key(String secret) {
    return "key \"t\" { algorithm hmac-sha256; secret \"" + secret + "\"; };\n";
  }

  private static String fingerprint(String secret) {
    return TsigKey.unnamed(TsigAlgorithm.HMAC_SHA256, Base64.getDecoder().decode(secret))
        .fingerprint();
  }

  @Test
  void onlyTheKeyChangedShowsBothFingerprintsAndNeitherSecret() {
    emu.write("zones/keys/example.net.key", key(OLD));
    emu.write(
        "zones/hzone.toml",
        """
        [zones."example.net"]
        mode = "secondary"
        primaries = [{ address = "198.51.100.7", tsig_algorithm = "hmac-sha256", tsig_key_file = "keys/example.net.key" }]
        """);
    assertEquals(0, emu.run("apply", "--yes", "--create-zones", "zones/").code());
    emu.write("zones/keys/example.net.key", key(NEW));
    EmulatorFixture.Run plan = emu.run("plan", "--detailed-exitcode", "zones/");
    assertEquals(2, plan.code(), plan::toString);
    Matcher m =
        Pattern.compile(
                "primaries \\[198\\.51\\.100\\.7:53 \\(tsig hmac-sha256, key ([0-9a-f]{8})\\)\\] -> "
                    + "\\[198\\.51\\.100\\.7:53 \\(tsig hmac-sha256, key ([0-9a-f]{8})\\)\\]")
            .matcher(plan.out());
    assertTrue(m.find(), plan::toString);
    assertEquals(fingerprint(OLD), m.group(1));
    assertEquals(fingerprint(NEW), m.group(2));
    String all = plan.out() + plan.err();
    assertFalse(all.contains(OLD) || all.contains(NEW), plan::toString);
  }
}
