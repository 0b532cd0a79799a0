package dev.hzone.migrate;

/** How a query travels. */
public enum Transport {
  UDP,
  TCP
}
