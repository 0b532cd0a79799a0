/**
 * The {@code hzone} command line: {@link dev.hzone.cli.Main} parses the global options and
 * dispatches to the commands that {@link dev.hzone.cli.Commands} lists: the DNS, zones-as-code,
 * ACME, migration and emulator commands here, the commands of the other Cloud resources in {@link
 * dev.hzone.cli.cloud}. Both are built on {@link dev.hzone.cli.framework} (commands, verbs, the
 * invocation, output, exit codes), which uses neither. May use every other package; none uses this
 * one. Colours come from {@link dev.hzone.term.Palette}.
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"file", "check", "zones/"}, System.out, System.err, System.in,
 *     System.getenv(), Path.of("."));
 * }</pre>
 */
package dev.hzone.cli;
