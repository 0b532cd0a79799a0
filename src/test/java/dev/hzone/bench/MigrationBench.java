package dev.hzone.bench;

import dev.hzone.migrate.Conversion;
import dev.hzone.migrate.ConversionOptions;
import dev.hzone.migrate.ExportData;
import dev.hzone.migrate.ExportReader;
import dev.hzone.migrate.SourceRecord;
import dev.hzone.migrate.ZoneConverter;
import dev.hzone.zonefile.ZoneFileWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * How long {@code migrate} takes to convert a zone, and to read a Cloudflare-style export, by zone
 * size. Run: {@code mvn -B -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt} then {@code java -cp target/test-classes:target/classes:$(cat
 * target/cp.txt) org.openjdk.jmh.Main MigrationBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MigrationBench {
  @Param({"1000", "10000", "100000"})
  int records;

  List<SourceRecord> transferred;
  String cloudflareExport;

  @Setup
  public void setUp() throws IOException {
    StringBuilder z = new StringBuilder("$ORIGIN bench.test.\n$TTL 3600\n");
    z.append(
        "@ SOA ns1.old.example. hostmaster.bench.test. 1 7200 900 1209600 300\n@ NS ns1.old.example.\n");
    StringBuilder cf =
        new StringBuilder(
            ";; Domain:     bench.test.\n;; SOA Record\n"
                + "bench.test.\t3600\tIN\tSOA\tada.ns.cloudflare.com. dns.cloudflare.com. 1 10000 2400 604800 3600\n");
    for (int i = 0; i < records / 4; i++) {
      z.append("h")
          .append(i)
          .append(" A 198.51.")
          .append(i / 250 % 250)
          .append('.')
          .append(i % 250 + 1)
          .append('\n');
      z.append("h")
          .append(i)
          .append(" AAAA 2001:db8::")
          .append(Integer.toHexString(i + 1))
          .append('\n');
      z.append("h").append(i).append(" TXT \"host ").append(i).append("\"\n");
      z.append("h").append(i).append(" MX 10 mx.bench.test.\n");
      cf.append("h")
          .append(i)
          .append(".bench.test.\t1\tIN\tA\t192.0.2.")
          .append(i % 250 + 1)
          .append(" ; web cf_tags=cf-proxied:")
          .append(i % 2 == 0)
          .append('\n');
      cf.append("h")
          .append(i)
          .append(".bench.test.\t300\tIN\tTXT\t\"host ")
          .append(i)
          .append("\"\n");
    }
    transferred = new ArrayList<>();
    try (Master m =
        new Master(
            new ByteArrayInputStream(z.toString().getBytes(StandardCharsets.UTF_8)),
            Name.fromConstantString("bench.test."))) {
      Record r;
      while ((r = m.nextRecord()) != null) {
        transferred.add(SourceRecord.of(r));
      }
    }
    cloudflareExport = cf.toString();
  }

  /** AXFR result to zone file text: what {@code migrate axfr} does after the transfer. */
  @Benchmark
  public String convertAndFormat() {
    Conversion c = ZoneConverter.convert("bench.test", transferred, ConversionOptions.defaults());
    return new ZoneFileWriter().format(c.zone());
  }

  /** Reading a Cloudflare export of the same size class, quirks included. */
  @Benchmark
  public ExportData readCloudflareExport() {
    return ExportReader.read(cloudflareExport, "cf.txt", "bench.test");
  }
}
