/**
 * The rest of the Cloud API that real clients need: SSH keys, servers with power actions, and the
 * fixed catalogue (locations, datacenters, server types, images, pricing).
 *
 * <pre>{@code
 * new SshKeysHandler(store).register(router);
 * new LocationsHandler().register(router);
 * }</pre>
 */
package dev.hzone.emulator.cloud;
