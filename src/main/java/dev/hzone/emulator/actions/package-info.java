/**
 * Actions: starting them (they run for {@code --action-ms}, then succeed or fail as fault injection
 * decided), the {@code locked} rule, their JSON form, {@code /actions} and the per-resource action
 * lists, and the {@link dev.hzone.emulator.actions.Scheduler} that runs work when an action
 * finishes.
 *
 * <pre>{@code
 * ActionEntry a = actions.start(tx, "create_zone", ResourceRef.zone(id), Optional.empty(), false);
 * }</pre>
 */
package dev.hzone.emulator.actions;
