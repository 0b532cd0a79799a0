/**
 * The {@code hzone} command line: {@link dev.hzone.cli.Main} parses the global options and dispatches to a
 * {@link dev.hzone.cli.Command} (a {@link dev.hzone.cli.CommandGroup} of {@link dev.hzone.cli.Verb}s, or a
 * {@link dev.hzone.cli.LeafCommand}). Commands print results on stdout and diagnostics on stderr and return
 * the exit codes in {@link dev.hzone.cli.ExitCodes}. May use every other package; none uses this one.
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"file", "check", "zones/"}, System.out, System.err, System.in,
 *     System.getenv(), Path.of("."));
 * }</pre>
 */
package dev.hzone.cli;
