/**
 * The data of the Cloud API resources (zones, actions, servers, volumes, networks, firewalls, load
 * balancers, IPs, images, certificates...), as immutable records: the resources as the API returns
 * them ({@link dev.hzone.api.cloud.Server}), what to send ({@code ...Options}, built with {@code
 * of(...)} and {@code with...} methods; empty optionals are not sent) and multi-part answers
 * ({@code ...Result}). Generated from openapi.json by {@code dev.hzone.api.gen.ApiGenerator}
 * ({@code src/generator/java}), except the DNS zone ({@link dev.hzone.api.cloud.Zone}, {@link
 * dev.hzone.api.cloud.ZoneMode}, {@link dev.hzone.api.cloud.PrimaryNameserver}), {@link
 * dev.hzone.api.cloud.Action}, {@link dev.hzone.api.cloud.ApiEnum}, {@link
 * dev.hzone.api.cloud.IdOrName} and {@link dev.hzone.api.cloud.MetricsPoint}, written by hand. The
 * package uses nothing else of {@code dev.hzone.api}: the clients and the wire format ({@code
 * dev.hzone.api.schema}) build on it, never the other way round. Values the API may leave out or
 * send as null are {@code Optional}; lists and maps are empty instead; enums read unknown values as
 * {@code UNKNOWN}. Secret fields (passwords, private keys, user data) are left out of {@code
 * toString()}.
 *
 * <pre>{@code
 * CreateServerResult r = client.servers().create(
 *     CreateServerOptions.of("web-1", "cpx22", "ubuntu-24.04").withLocation("fsn1"));
 * client.actionWaiter().waitFor(r.action());
 * client.primaryIps().create(CreatePrimaryIpOptions.of("ip-1", IpType.IPV6)
 *     .withLocation(IdOrName.name("fsn1")));
 * }</pre>
 */
package dev.hzone.api.cloud;
