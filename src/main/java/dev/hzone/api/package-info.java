/**
 * A typed client for the whole Hetzner Cloud API, DNS first. {@link dev.hzone.api.HcloudClient} is
 * the one entry point; its sub-clients ({@link dev.hzone.api.ZoneClient}, {@link
 * dev.hzone.api.RrsetClient}, {@link dev.hzone.api.ActionClient}, and from {@link
 * dev.hzone.api.CloudResources} {@code servers()}, {@code volumes()}, {@code firewalls()}... for
 * every other resource) have one method per endpoint, marked with the endpoint's {@link
 * dev.hzone.api.ApiOperation}. RRSets are read and written as the zone model's {@link
 * dev.hzone.dns.Rrset}; the other resources' data are the records of {@link dev.hzone.api.cloud}
 * (zones and actions included). {@link dev.hzone.api.MetadataClient} reads the server metadata
 * service. The DNS part is written by hand; the other resource clients are generated from
 * openapi.json by {@code dev.hzone.api.gen.ApiGenerator} ({@code src/generator/java}, output in
 * {@code src/generated/java}).
 *
 * <p>What the client does for you: pagination (all pages, concurrently once the count is known, or
 * a lazy iterator); retries of temporary failures with jittered back-off, {@code 429} waits from
 * the rate-limit headers and {@code locked} waits for the running action ({@link
 * dev.hzone.api.RetryPolicy}); pacing inside the rate-limit budget ({@link
 * dev.hzone.api.RateLimitBudget}); waiting for many actions with one request per poll ({@link
 * dev.hzone.api.ActionWaiter}). Errors are {@link dev.hzone.api.ApiException} (the API's code,
 * message, fields and request id), {@link dev.hzone.api.ApiTransportException}, {@link
 * dev.hzone.api.ActionFailedException} and {@link dev.hzone.api.ActionTimeoutException}; caller
 * mistakes are {@link java.lang.IllegalArgumentException} before any request.
 *
 * <p>Uses OkHttp, Retrofit, Gson and the {@code dns} model; prints nothing, reads no environment,
 * never exits. Time and waiting are injected ({@link java.time.Clock}, {@link
 * dev.hzone.api.Sleeper}). Public methods take and return no nulls. The token appears in no log,
 * exception or {@code toString()}.
 *
 * <pre>{@code
 * try (HcloudClient client = HcloudClient.builder().token(token).build()) {
 *   for (Rrset r : client.rrsets().list("example.com")) {
 *     System.out.println(r.key() + " " + r.values());
 *   }
 * }
 * }</pre>
 */
package dev.hzone.api;
