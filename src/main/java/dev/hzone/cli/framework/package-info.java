/**
 * What every {@code hzone} command is built on, apart from the commands themselves: a {@link
 * dev.hzone.cli.framework.Command} (a {@link dev.hzone.cli.framework.CommandGroup} of {@link
 * dev.hzone.cli.framework.Verb}s, or a {@link dev.hzone.cli.framework.LeafCommand}) runs with an
 * {@link dev.hzone.cli.framework.Invocation} (streams, environment, the global options), prints
 * results on stdout and diagnostics on stderr, and returns the exit codes in {@link
 * dev.hzone.cli.framework.ExitCodes}; {@link dev.hzone.cli.framework.ErrorReporter} turns failures
 * into a message and an exit code. {@link dev.hzone.cli.framework.ClientFactory} builds the API
 * client from the token options and {@link dev.hzone.cli.framework.HcloudConfig} (the hcloud CLI's
 * {@code cli.toml}), and starts the {@code --local} emulator. {@link
 * dev.hzone.cli.framework.Version} is the version of this build.
 *
 * <p>Output: every command prints resources through {@link dev.hzone.cli.framework.Printer}, which
 * honours {@code -o table|json|yaml|columns=a,b|noheader} and {@code --sort}; a resource kind
 * describes itself once in a {@link dev.hzone.cli.framework.ResourceView} (a {@link
 * dev.hzone.cli.framework.TableLayout} of {@link dev.hzone.cli.framework.Column}s, its API JSON
 * object, a {@link dev.hzone.cli.framework.DescribeWriter} layout). {@link
 * dev.hzone.cli.framework.Humanize} formats ages and sizes.
 *
 * <p>Uses no other part of {@code dev.hzone.cli}: the commands ({@code dev.hzone.cli} and its
 * command packages) build on it, never the other way round.
 */
package dev.hzone.cli.framework;
