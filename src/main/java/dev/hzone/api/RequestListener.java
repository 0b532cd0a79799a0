package dev.hzone.api;

/**
 * Hears about every HTTP request the client sends, retries included, once its answer (or failure)
 * is in. The hook behind {@code hzone --verbose}; see {@link RequestLog} for what it gets (never
 * secrets). Called on the thread that made the request, possibly from several threads at once.
 */
@FunctionalInterface
public interface RequestListener {
  /** A listener that ignores requests. */
  RequestListener NONE = log -> {};

  void onRequest(RequestLog log);
}
