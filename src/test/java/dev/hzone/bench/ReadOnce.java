package dev.hzone.bench;

import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.ZoneFileReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one zone file with hzone ({@link ZoneFileReader#read}: parse and convert to {@code ZoneData}),
 * {@code iterations} times in this JVM, and prints one line per run:
 * {@code run N: MS ms, RECORDS records, peak heap P MB, live heap L MB, process cpu C s, uptime U s}. The
 * peak is the most heap in use (garbage included) seen by a sampler every 5 ms; the live heap is what the
 * parsed zone keeps after a full GC; CPU and uptime are the process's at the end of the read. {@link ZoneFileBench} runs it in a fresh JVM with {@code -Xmx1g}, so a run that needed more
 * would fail.
 */
public final class ReadOnce {
  private ReadOnce() {}

  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[0]);
    String origin = args[1];
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    ZoneFileReader reader = new ZoneFileReader(ReadOptions.defaults().withOrigin(origin));
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      ParsedZone z = reader.read(file);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      // CPU of the whole process (JIT and GC threads included) and time since the JVM started, up to the
      // end of the read: the full GC for the live-heap figure below is not part of the work.
      double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime() / 1e9;
      double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
      System.gc();
      long live = memory.getHeapMemoryUsage().getUsed();
      System.out.printf(java.util.Locale.ROOT,
          "run %d: %d ms, %d records, peak heap %d MB, live heap %d MB, process cpu %.2f s, uptime %.2f s%n",
          i + 1, ms, z.zone().recordCount(), peak.get() >> 20, live >> 20, cpu, uptime);
    }
    sampler.interrupt();
  }
}
