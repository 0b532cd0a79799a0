/**
 * The emulator's state: immutable records ({@link dev.hzone.emulator.state.ZoneEntry}, {@link
 * dev.hzone.emulator.state.ActionEntry}, {@link dev.hzone.emulator.state.SshKeyEntry}, {@link
 * dev.hzone.emulator.state.ServerEntry}) in a {@link dev.hzone.emulator.state.StateStore} that
 * changes them in transactions and writes the touched files by write-then-rename before a change
 * becomes visible ({@link dev.hzone.emulator.state.StateFiles}).
 *
 * <pre>{@code
 * StateStore store = StateStore.persistent(clock, StateFiles.open(dir));
 * long id = store.write(tx -> { long z = tx.nextZoneId(); tx.putZone(zone(z)); return z; });
 * }</pre>
 */
package dev.hzone.emulator.state;
