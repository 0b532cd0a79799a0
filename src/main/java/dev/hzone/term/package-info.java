/**
 * Text for a person at a terminal: {@link dev.hzone.term.Palette}, the ANSI colours. Uses nothing
 * else of hzone, so that the plan printer ({@code sync}) and the command line share it.
 */
package dev.hzone.term;
