/**
 * Carrying a plan out: {@link dev.hzone.sync.apply.Applier} sends each change's operations through
 * a provider in waves, polls their actions ({@link dev.hzone.sync.apply.ActionPoller}) and reports
 * to an {@link dev.hzone.sync.apply.ApplyListener}.
 */
package dev.hzone.sync.apply;
