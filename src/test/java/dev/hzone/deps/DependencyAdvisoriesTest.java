package dev.hzone.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.lang3.ClassUtils;
import org.junit.jupiter.api.Test;

/**
 * The dependencies on the class path are past the versions with known advisories that SECURITY.md
 * lists.
 */
class DependencyAdvisoriesTest {

  /**
   * CVE-2025-48924: commons-lang3 before 3.18.0 retries {@code ClassUtils.getClass} once per dot by
   * recursion, so a long dotted name overflows the stack. On a small stack 800 dots are enough to
   * show it.
   */
  @Test
  void commonsLang3GetClassDoesNotRecursePerDot() throws Exception {
    String name = "a.".repeat(800) + "b";
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                ClassUtils.getClass(name);
              } catch (Throwable e) {
                thrown.set(e);
              }
            },
            "lang3-cve",
            32 * 1024);
    t.start();
    t.join();
    assertEquals(
        ClassNotFoundException.class, thrown.get().getClass(), String.valueOf(thrown.get()));
  }

  @Test
  void commonsLang3IsAFixedVersion() {
    String v = ClassUtils.class.getPackage().getImplementationVersion();
    String[] parts = v.split("\\.");
    int minor = Integer.parseInt(parts[1]);
    assertTrue(
        Integer.parseInt(parts[0]) > 3 || minor >= 18,
        "commons-lang3 " + v + " has CVE-2025-48924");
  }
}
