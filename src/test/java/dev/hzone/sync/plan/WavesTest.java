package dev.hzone.sync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.remote.Operation;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WavesTest {
  private static final RrsetKey WWW = RrsetKey.of("www", RecordType.A);
  private static final RrsetKey MAIL = RrsetKey.of("mail", RecordType.A);

  @Test
  void opsOnOneRrsetRunOneAfterAnother() {
    List<Operation> ops = List.of(new Operation.ChangeRrsetProtection(WWW, false),
        new Operation.SetRecords(WWW, List.of(RecordValue.of("192.0.2.1"))),
        new Operation.ChangeRrsetTtl(WWW, OptionalInt.of(60)),
        new Operation.ChangeRrsetProtection(WWW, true));
    assertEquals(4, Waves.of(ops).size());
    assertEquals(4, Waves.actionWaves(ops));
  }

  @Test
  void followUpsOnDifferentRrsetsRunTogetherAfterTheZoneOperation() {
    List<Operation> ops = List.of(new Operation.ImportZonefile("$ORIGIN example.com.\n"),
        new Operation.UpdateRecords(WWW, List.of(new RecordValue("192.0.2.1", "web"))),
        new Operation.UpdateRecords(MAIL, List.of(new RecordValue("192.0.2.2", "mail"))),
        new Operation.SetRrsetLabels(WWW, Map.of("a", "b")));
    List<List<Operation>> waves = Waves.of(ops);
    assertEquals(3, waves.size());
    assertEquals(1, waves.get(0).size());
    assertEquals(2, waves.get(1).size());
    assertEquals(1, waves.get(2).size());
    // The labels PUT returns no action: nothing to poll for in its wave.
    assertEquals(2, Waves.actionWaves(ops));
  }
}
