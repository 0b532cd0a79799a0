/**
 * The wire format of the Cloud API for {@link dev.hzone.api}: Retrofit interfaces, one per resource
 * family, and the request and response bodies as Java records that Gson reads and writes through
 * {@link dev.hzone.api.schema.Json} (snake_case names from the naming policy, no annotations).
 * Everything here may change without notice and is used by no package but {@code dev.hzone.api}:
 * callers use {@link dev.hzone.api.HcloudClient} and its typed results.
 *
 * <pre>{@code
 * ZonesApi zones = retrofit.create(ZonesApi.class);
 * ZoneResponse r = zones.get("example.com").execute().body();
 * }</pre>
 */
package dev.hzone.api.schema;
