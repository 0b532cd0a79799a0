/**
 * The {@code hzone} command line: {@link dev.hzone.cli.Main} parses the global options and dispatches to a
 * {@link dev.hzone.cli.Command} (a {@link dev.hzone.cli.CommandGroup} of {@link dev.hzone.cli.Verb}s, or a
 * {@link dev.hzone.cli.LeafCommand}). Commands print results on stdout and diagnostics on stderr and return
 * the exit codes in {@link dev.hzone.cli.ExitCodes}. May use every other package; none uses this one.
 *
 * <p>Output: every command prints resources through {@link dev.hzone.cli.Printer}, which honours
 * {@code -o table|json|yaml|columns=a,b|noheader} and {@code --sort}; a resource kind describes itself once
 * in a {@link dev.hzone.cli.ResourceView} (a {@link dev.hzone.cli.TableLayout} of
 * {@link dev.hzone.cli.Column}s, its API JSON object, a {@link dev.hzone.cli.DescribeWriter} layout).
 * {@link dev.hzone.cli.Humanize} formats ages and sizes, {@link dev.hzone.cli.Palette} colours.
 * {@link dev.hzone.cli.HcloudConfig} reads and writes the hcloud CLI's {@code cli.toml}.
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"file", "check", "zones/"}, System.out, System.err, System.in,
 *     System.getenv(), Path.of("."));
 * }</pre>
 */
package dev.hzone.cli;
