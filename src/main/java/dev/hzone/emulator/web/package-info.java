/**
 * The emulator's HTTP mechanics on the JDK's {@code HttpServer}: {@link
 * dev.hzone.emulator.web.ApiServer} (latency, rate limit, routing, authentication, faults, access
 * log, in that order), the {@link dev.hzone.emulator.web.Router}, request and response values, the
 * API's error shape ({@link dev.hzone.emulator.web.ApiError}), pagination with {@code Link}
 * headers, sorting and label selectors. Knows nothing of zones or servers.
 *
 * <pre>{@code
 * Router router = new Router().add("GET", "/zones/{id_or_name}", req -> ApiResponse.ok(json));
 * ApiServer server = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), router, settings);
 * }</pre>
 */
package dev.hzone.emulator.web;
