/**
 * The {@code hzone} command line: {@link dev.hzone.cli.Main} parses the global options and
 * dispatches to the commands that {@link dev.hzone.cli.Commands} lists; here live only that
 * dispatch, help topics, shell completion and the small commands ({@code version}, {@code context},
 * {@code emulator}). The commands live by group: zones as code in {@link dev.hzone.cli.sync}, zones
 * and records in {@link dev.hzone.cli.zone}, {@link dev.hzone.cli.acme}, {@link
 * dev.hzone.cli.migrate}, {@link dev.hzone.cli.metadata}, the other Cloud resources in {@link
 * dev.hzone.cli.cloud}. All are built on {@link dev.hzone.cli.framework} (commands, verbs, the
 * invocation, output, exit codes), which uses none of them. May use every other package; none uses
 * this one. Colours come from {@link dev.hzone.term.Palette}.
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"file", "check", "zones/"}, System.out, System.err, System.in,
 *     System.getenv(), Path.of("."));
 * }</pre>
 */
package dev.hzone.cli;
