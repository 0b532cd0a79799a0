/**
 * The data of the Cloud API resources other than DNS (servers, volumes, networks, firewalls, load balancers,
 * IPs, images, certificates...), as immutable records: the resources as the API returns them
 * ({@link dev.hzone.api.cloud.Server}), what to send ({@code ...Options}, built with {@code of(...)} and
 * {@code with...} methods; empty optionals are not sent) and multi-part answers ({@code ...Result}). Generated
 * from openapi.json by {@code dev.hzone.api.gen.ApiGenerator} (in the tests), except {@link
 * dev.hzone.api.cloud.IdOrName} and {@link dev.hzone.api.cloud.MetricsPoint}. Values the API may leave out or
 * send as null are {@code Optional}; lists and maps are empty instead; enums read unknown values as
 * {@code UNKNOWN}. Secret fields (passwords, private keys, user data) are left out of {@code toString()}.
 *
 * <pre>{@code
 * CreateServerResult r = client.servers().create(
 *     CreateServerOptions.of("web-1", "cpx22", "ubuntu-24.04").withLocation("fsn1"));
 * client.actionWaiter().waitFor(r.action());
 * client.primaryIps().create(CreatePrimaryIpOptions.of("ip-1", CreatePrimaryIpOptions.Type.IPV6)
 *     .withLocation(IdOrName.name("fsn1")));
 * }</pre>
 */
package dev.hzone.api.cloud;
