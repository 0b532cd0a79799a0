/**
 * The zones at Hetzner as sync sees them and the requests that change them: {@link
 * dev.hzone.sync.remote.DnsProvider} ({@link dev.hzone.sync.remote.HcloudDnsProvider} for the real
 * API), one {@link dev.hzone.sync.remote.Operation} per API request, {@link
 * dev.hzone.sync.remote.RemoteZone} as read, and the {@link dev.hzone.sync.remote.ReadCache} that
 * saves reads. Knows nothing of plans.
 */
package dev.hzone.sync.remote;
