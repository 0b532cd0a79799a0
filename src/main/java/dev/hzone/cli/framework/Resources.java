package dev.hzone.cli.framework;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Lazily built, per-invocation objects (the API client, an in-process emulator) that are closed in
 * reverse order when the command ends. Keyed by class, so each kind is built at most once per
 * invocation.
 */
public final class Resources implements AutoCloseable {
  private final Map<Class<?>, Object> built = new HashMap<>();
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

  /** The object of this kind, built by {@code factory} on first use. */
  public synchronized <T> T get(Class<T> kind, Supplier<? extends T> factory) {
    Object o = built.get(kind);
    if (o == null) {
      T made = factory.get();
      built.put(kind, made);
      if (made instanceof AutoCloseable c) {
        toClose.push(c);
      }
      return made;
    }
    return kind.cast(o);
  }

  /** Registers something to close when the invocation ends. */
  public synchronized void closeLater(AutoCloseable c) {
    toClose.push(c);
  }

  @Override
  public synchronized void close() {
    while (!toClose.isEmpty()) {
      try {
        toClose.pop().close();
      } catch (Exception ignored) {
        // Closing is best effort; the command's own result already stands.
      }
    }
  }
}
