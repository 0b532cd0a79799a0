package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.dns.ZoneData;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.SOARecord;

class AnswerComparisonTest {
  static final ServerAddress NEW = ServerAddress.parse("127.0.0.1:5301");
  static final RrsetKey WWW = RrsetKey.of("www", RecordType.A);

  static MigrationVerifier.Answer answer(RecordType type, long ttl, String... values) {
    TreeMap<String, String> m = new TreeMap<>();
    for (String v : values) {
      m.put(ValueCanonicalizer.canonical(type, v), v);
    }
    return new MigrationVerifier.Answer("", m, values.length == 0 ? -1 : ttl, Optional.empty());
  }

  static Conversion conversion(Rrset rrset, MigrationNote... notes) {
    return new Conversion(
        ZoneData.of("example.com", OptionalInt.of(3600), List.of(rrset)),
        new MigrationReport(List.of(notes)));
  }

  static Rrset www(int ttl, String... values) {
    return Rrset.of(
        WWW, OptionalInt.of(ttl), List.of(values).stream().map(RecordValue::of).toList());
  }

  static RrsetCheck compare(
      Conversion c, MigrationVerifier.Answer old, MigrationVerifier.Answer neu) {
    Rrset expected = c.zone().rrsets().values().iterator().next();
    return AnswerComparison.compare(expected, c, NEW, old, neu);
  }

  @Test
  void sameValuesInAnotherOrderAndSameTtlAgree() {
    Conversion c = conversion(www(300, "192.0.2.1", "192.0.2.2"));
    RrsetCheck r =
        compare(
            c,
            answer(RecordType.A, 300, "192.0.2.2", "192.0.2.1"),
            answer(RecordType.A, 300, "192.0.2.1", "192.0.2.2"));
    assertEquals(RrsetCheck.Status.AGREE, r.status());
  }

  @Test
  void txtSplitDifferentlyIsTheSameRecord() {
    Rrset txt =
        Rrset.of(
            RrsetKey.of("t", RecordType.TXT),
            OptionalInt.of(300),
            List.of(RecordValue.of("\"ab\"")));
    Conversion c = conversion(txt);
    RrsetCheck r =
        AnswerComparison.compare(
            txt,
            c,
            NEW,
            answer(RecordType.TXT, 300, "\"a\" \"b\""),
            answer(RecordType.TXT, 300, "\"ab\""));
    assertEquals(RrsetCheck.Status.AGREE, r.status());
  }

  @Test
  void aRaisedTtlIsExpectedOnlyWhenTheReportExplainsIt() {
    MigrationNote raised =
        MigrationNote.of(NoteKind.TTL_RAISED, "www", RecordType.A.code(), 1, "TTL 30 raised to 60");
    RrsetCheck explained =
        compare(
            conversion(www(60, "192.0.2.1"), raised),
            answer(RecordType.A, 30, "192.0.2.1"),
            answer(RecordType.A, 60, "192.0.2.1"));
    assertEquals(RrsetCheck.Status.EXPECTED_CHANGE, explained.status());
    assertEquals("TTL 30 -> 60: TTL 30 raised to 60", explained.detail());
    RrsetCheck unexplained =
        compare(
            conversion(www(60, "192.0.2.1")),
            answer(RecordType.A, 30, "192.0.2.1"),
            answer(RecordType.A, 60, "192.0.2.1"));
    assertEquals(RrsetCheck.Status.DIFFERENT_TTL, unexplained.status());
    assertEquals("TTL 60, the old host has 30", unexplained.detail());
  }

  @Test
  void proxiedAddressesAreExpectedWhenHetznerServesTheMigratedOrigin() {
    MigrationNote proxied =
        MigrationNote.of(
            NoteKind.PROXIED_RECORD,
            "www",
            RecordType.A.code(),
            1,
            "Cloudflare proxied this A record");
    RrsetCheck r =
        compare(
            conversion(www(300, "192.0.2.10"), proxied),
            answer(RecordType.A, 300, "104.16.1.1"),
            answer(RecordType.A, 300, "192.0.2.10"));
    assertEquals(RrsetCheck.Status.EXPECTED_CHANGE, r.status());
    RrsetCheck wrong =
        compare(
            conversion(www(300, "192.0.2.10"), proxied),
            answer(RecordType.A, 300, "104.16.1.1"),
            answer(RecordType.A, 300, "192.0.2.99"));
    assertEquals(RrsetCheck.Status.DIFFERENT_VALUES, wrong.status());
    assertEquals("missing 104.16.1.1; extra 192.0.2.99", wrong.detail());
  }

  @Test
  void nothingAtTheNewServerIsMissingAndAFailedOldServerIsReported() {
    Conversion c = conversion(www(300, "192.0.2.1"));
    assertEquals(
        RrsetCheck.Status.MISSING,
        compare(c, answer(RecordType.A, 300, "192.0.2.1"), answer(RecordType.A, 300)).status());
    RrsetCheck old =
        compare(
            c,
            MigrationVerifier.Answer.failed("answered REFUSED"),
            answer(RecordType.A, 300, "192.0.2.1"));
    assertEquals(RrsetCheck.Status.OLD_FAILED, old.status());
    assertEquals("the old host answered REFUSED", old.detail());
    assertEquals(
        RrsetCheck.Status.NO_ANSWER,
        compare(
                c,
                answer(RecordType.A, 300, "192.0.2.1"),
                MigrationVerifier.Answer.failed("no answer (timeout)"))
            .status());
  }

  @Test
  void soaTimersMustAgreeWhilePrimaryAndSerialMayDiffer() {
    Name zone = Name.fromConstantString("example.com.");
    SOARecord oldSoa =
        new SOARecord(
            zone,
            1,
            3600,
            Name.fromConstantString("ns1.old.net."),
            Name.fromConstantString("hostmaster.example.com."),
            7,
            7200,
            900,
            1209600,
            300);
    SOARecord same =
        new SOARecord(
            zone,
            1,
            3600,
            Name.fromConstantString("hydrogen.ns.hetzner.com."),
            Name.fromConstantString("hostmaster.example.com."),
            2026010101,
            7200,
            900,
            1209600,
            300);
    SOARecord retry =
        new SOARecord(
            zone,
            1,
            3600,
            Name.fromConstantString("hydrogen.ns.hetzner.com."),
            Name.fromConstantString("hostmaster.example.com."),
            2026010101,
            7200,
            1800,
            1209600,
            300);
    Rrset soa =
        Rrset.of(
            RrsetKey.of("@", RecordType.SOA),
            OptionalInt.of(3600),
            List.of(
                RecordValue.of(
                    "hydrogen.ns.hetzner.com. hostmaster.example.com. 7 7200 900 1209600 300")));
    Conversion c = conversion(soa);
    RrsetCheck ok = AnswerComparison.compare(soa, c, NEW, soaAnswer(oldSoa), soaAnswer(same));
    assertEquals(RrsetCheck.Status.EXPECTED_CHANGE, ok.status());
    assertEquals(
        "SOA primary hydrogen.ns.hetzner.com. and serial 2026010101 are Hetzner's", ok.detail());
    RrsetCheck bad = AnswerComparison.compare(soa, c, NEW, soaAnswer(oldSoa), soaAnswer(retry));
    assertEquals(RrsetCheck.Status.DIFFERENT_VALUES, bad.status());
    assertEquals("SOA retry 1800 instead of 900", bad.detail());
  }

  static MigrationVerifier.Answer soaAnswer(SOARecord soa) {
    TreeMap<String, String> m = new TreeMap<>();
    m.put(soa.rdataToString(), soa.rdataToString());
    return new MigrationVerifier.Answer("", m, soa.getTTL(), Optional.of(soa));
  }
}
