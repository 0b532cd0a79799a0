/**
 * Zones as code: compares zone files with the zones at Hetzner and changes exactly what differs,
 * with the fewest API requests, safely.
 *
 * <p>This package holds the words every part of sync shares (a zone's mode is the client's {@link
 * dev.hzone.api.cloud.ZoneMode}, one type from the API to the plan): {@link
 * dev.hzone.sync.ZoneAttributes}, {@link dev.hzone.sync.PrimaryServer}, TSIG key references and
 * their files, {@link dev.hzone.sync.SyncException}. The work is in the sub-packages, each using
 * only those below it:
 *
 * <ul>
 *   <li>{@link dev.hzone.sync.remote}: the zones at Hetzner and the requests that change them
 *       ({@link dev.hzone.sync.remote.DnsProvider}, {@link dev.hzone.sync.remote.Operation}).
 *   <li>{@link dev.hzone.sync.plan}: desired zones, filters, the pure {@link
 *       dev.hzone.sync.plan.Planner} and the {@link dev.hzone.sync.plan.RemotePlanner} that reads
 *       zones at the lowest cost, safety policy.
 *   <li>{@link dev.hzone.sync.apply}: carrying a plan out ({@link dev.hzone.sync.apply.Applier}).
 *   <li>{@link dev.hzone.sync.document}: plans as text and JSON, saved plans read back, the serial
 *       cache's files.
 *   <li>{@link dev.hzone.sync.verify}: whether the nameservers serve what a plan wrote.
 *   <li>{@link dev.hzone.sync.config}: {@code hzone.toml}.
 * </ul>
 *
 * Uses {@code dns}, {@code zonefile} and {@code api}; prints nothing, reads no environment.
 *
 * <pre>{@code
 * DnsProvider provider = new HcloudDnsProvider(client, requests::get, Clock.systemUTC());
 * Planner planner = new Planner(new ZoneFileWriter()::format);
 * Plan plan = new RemotePlanner(provider, planner, 4).plan(desiredZones, PlanOptions.DEFAULT);
 * new TextPlanPrinter(false).print(plan, provider.rateLimitRemaining(), System.out);
 * ApplyResult result = new Applier(provider, Applier.Options.DEFAULT, Sleeper.SYSTEM, Clock.systemUTC())
 *     .apply(plan, ApplyListener.NONE);
 * }</pre>
 */
package dev.hzone.sync;
