package dev.hzone.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI {@code operationId}(s) a client method calls, e.g. {@code list_zone_rrsets}.
 * Documents which endpoint a method is, and lets a test check that every operation of the API has a
 * method.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud">Cloud API reference</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiOperation {
  /** The operation ids. */
  String[] value();
}
