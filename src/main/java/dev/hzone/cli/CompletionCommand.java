package dev.hzone.cli;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.Verb;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.Options;

/**
 * {@code hzone completion bash|zsh}: prints a shell completion script built from the command table
 * of {@link Main}, so every command, verb and option hzone has is in it.
 */
final class CompletionCommand {
  private CompletionCommand() {}

  static Command create() {
    return new LeafCommand(
        new Verb(
            "completion",
            "Print a shell completion script (bash or zsh)",
            "bash|zsh",
            """
        source <(hzone completion bash)                       # in ~/.bashrc
        source <(hzone completion zsh)                        # in ~/.zshrc
        hzone completion bash > /etc/bash_completion.d/hzone""",
            Options::new,
            (inv, cl) -> {
              List<String> args = cl.getArgList();
              if (args.size() != 1) {
                throw CliException.usage("usage: hzone completion bash|zsh");
              }
              CompletionScript script =
                  new CompletionScript(new Main(Commands.all()).commands().values());
              String shell = args.get(0).toLowerCase(Locale.ROOT);
              switch (shell) {
                case "bash" -> inv.out().print(script.bash());
                case "zsh" -> inv.out().print(script.zsh());
                default ->
                    throw CliException.usage(
                        Suggestions.unknown(
                            "shell", args.get(0), List.of("bash", "zsh"), "hzone completion"));
              }
              return ExitCodes.OK;
            }));
  }
}
