package dev.hzone.migrate;

/** Where an export file came from, as far as its content tells. */
public enum ExportSource {
  /** Cloudflare's dashboard or API export: {@code ;; Domain:} header, {@code cf_tags=} comments. */
  CLOUDFLARE("Cloudflare"),
  /**
   * Route 53 exported with cli53: {@code AWS ALIAS} records and {@code ; AWS routing=} comments.
   */
  ROUTE53("Route 53 (cli53)"),
  /** Any other zone file: BIND, a registrar's export. */
  ZONE_FILE("zone file");

  private final String text;

  ExportSource(String text) {
    this.text = text;
  }

  /** A name for people. */
  public String text() {
    return text;
  }
}
