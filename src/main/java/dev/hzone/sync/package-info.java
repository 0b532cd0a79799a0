/**
 * Zones as code: compares zone files with the zones at Hetzner and changes exactly what differs, with the
 * fewest API requests, safely.
 *
 * <p>{@link dev.hzone.sync.Planner} is pure: desired and remote zones in, a {@link dev.hzone.sync.ZonePlan} of
 * {@link dev.hzone.sync.Change}s (each with the {@link dev.hzone.sync.Operation}s, one API request each,
 * that carry it out) out. What hzone owns is decided by {@link dev.hzone.sync.ZoneFilter}s before diffing
 * (Hetzner's SOA serial and apex NS, ignore patterns, ACME challenges). {@link dev.hzone.sync.SafetyPolicy}
 * says what needs {@code --force}. {@link dev.hzone.sync.RemotePlanner} reads zones at the lowest cost and
 * plans them; {@link dev.hzone.sync.Applier} carries a plan out through a {@link dev.hzone.sync.DnsProvider}
 * ({@link dev.hzone.sync.HcloudDnsProvider} for the real API). Printing is apart:
 * {@link dev.hzone.sync.TextPlanPrinter}, {@link dev.hzone.sync.JsonPlanPrinter}. Uses {@code dns},
 * {@code zonefile} and {@code api}; prints nothing, reads no environment.
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
