/**
 * Planning: {@link dev.hzone.sync.plan.Planner} is pure, desired and remote zones in, a {@link
 * dev.hzone.sync.plan.ZonePlan} of {@link dev.hzone.sync.plan.Change}s (each with the operations
 * that carry it out) out. What hzone owns is decided by {@link dev.hzone.sync.plan.ZoneFilter}s
 * before diffing (Hetzner's SOA serial and apex NS, ignore patterns, ACME challenges). {@link
 * dev.hzone.sync.plan.SafetyPolicy} says what needs {@code --force}. {@link
 * dev.hzone.sync.plan.RemotePlanner} reads zones at the lowest cost and plans them.
 */
package dev.hzone.sync.plan;
