package dev.hzone.cli;

import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes shell completion scripts from the command table: every command, its verbs, and the options
 * of each verb, so the script is never out of date with the commands it completes. The bash script
 * is plain bash (3.2 and later: no associative arrays); the zsh script loads the same function
 * through {@code bashcompinit}. Values of options and arguments whose names say FILE, DIR or PATH
 * complete to file names.
 */
final class CompletionScript {
  private final Collection<Command> commands;

  CompletionScript(Collection<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The script for {@code source <(hzone completion bash)}. */
  String bash() {
    StringBuilder sb = new StringBuilder();
    sb.append("# bash completion for hzone; load with: source <(hzone completion bash)\n");
    sb.append("# (generated from hzone's command table by 'hzone completion bash')\n\n");
    function(sb);
    sb.append("complete -F _hzone hzone\n");
    return sb.toString();
  }

  /**
   * The script for {@code source <(hzone completion zsh)}, or a file named {@code _hzone} in
   * $fpath.
   */
  String zsh() {
    StringBuilder sb = new StringBuilder();
    sb.append("#compdef hzone\n");
    sb.append("# zsh completion for hzone; load with: source <(hzone completion zsh)\n");
    sb.append("# (generated from hzone's command table by 'hzone completion zsh')\n\n");
    sb.append("autoload -U +X compinit && compinit\n");
    sb.append("autoload -U +X bashcompinit && bashcompinit\n\n");
    function(sb);
    sb.append("complete -F _hzone hzone\n");
    return sb.toString();
  }

  private void function(StringBuilder sb) {
    List<String> names = commands.stream().map(Command::name).toList();
    Set<String> fileOptions = new TreeSet<>();
    Set<String> valueOptions = new TreeSet<>(Main.GLOBAL_OPTIONS_WITH_VALUE);
    fileOptions.add("--token-file");
    fileOptions.add("--local-state");

    sb.append("_hzone_verbs() {\n  case \"$1\" in\n");
    for (Command c : commands) {
      if (!c.verbs().isEmpty()) {
        List<String> words = new ArrayList<>(c.verbs());
        nested(c).forEach(n -> words.addAll(n.words()));
        sb.append("    ")
            .append(c.name())
            .append(") echo \"")
            .append(String.join(" ", words))
            .append("\" ;;\n");
      }
      for (CommandGroup n : nested(c)) {
        for (String w : n.words()) {
          sb.append("    \"")
              .append(c.name())
              .append(' ')
              .append(w)
              .append("\") echo \"")
              .append(String.join(" ", n.verbs()))
              .append("\" ;;\n");
        }
      }
    }
    sb.append("  esac\n}\n\n");

    // Nested groups (zone rrset, and its aliases) take one more word before their verb.
    sb.append("_hzone_group() {\n  case \"$1\" in\n");
    for (Command c : commands) {
      for (CommandGroup n : nested(c)) {
        for (String w : n.words()) {
          sb.append("    \"").append(c.name()).append(' ').append(w).append("\") return 0 ;;\n");
        }
      }
    }
    sb.append("  esac\n  return 1\n}\n\n");

    sb.append("_hzone_options() {\n  case \"$1\" in\n");
    for (Command c : commands) {
      List<String> verbs = c.verbs().isEmpty() ? List.of("") : c.verbs();
      for (String v : verbs) {
        List<Command.OptionSpec> specs = c.options(v);
        if (specs.isEmpty()) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (Command.OptionSpec o : specs) {
          words.add(o.name());
          if (!o.argName().isEmpty()) {
            valueOptions.add(o.name());
            if (isPath(o.argName())) {
              fileOptions.add(o.name());
            }
          }
        }
        String key = v.isEmpty() ? c.name() : c.name() + " " + v;
        sb.append("    \"")
            .append(key)
            .append("\") echo \"")
            .append(String.join(" ", words))
            .append("\" ;;\n");
      }
      for (CommandGroup n : nested(c)) {
        for (String v : n.verbs()) {
          List<String> words = new ArrayList<>();
          for (Command.OptionSpec o : n.options(v)) {
            words.add(o.name());
            if (!o.argName().isEmpty()) {
              valueOptions.add(o.name());
              if (isPath(o.argName())) {
                fileOptions.add(o.name());
              }
            }
          }
          for (String w : n.words()) {
            sb.append("    \"")
                .append(c.name())
                .append(' ')
                .append(w)
                .append(' ')
                .append(v)
                .append("\") echo \"")
                .append(String.join(" ", words))
                .append("\" ;;\n");
          }
        }
      }
    }
    sb.append("  esac\n}\n\n");

    sb.append("_hzone() {\n");
    sb.append("  local cur prev cmd verb i w\n");
    sb.append("  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n");
    sb.append("  prev=\"\"\n");
    sb.append("  [ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
    sb.append("  COMPREPLY=()\n");
    sb.append("  case \"$prev\" in\n");
    sb.append("    ").append(String.join("|", fileOptions)).append(")\n");
    sb.append("      COMPREPLY=( $(compgen -f -- \"$cur\") ); return 0 ;;\n");
    sb.append("    ").append(String.join("|", valueOptions)).append(")\n");
    sb.append("      return 0 ;;\n");
    sb.append("  esac\n");
    sb.append("  cmd=\"\"; verb=\"\"\n");
    sb.append("  i=1\n");
    sb.append("  while [ \"$i\" -lt \"$COMP_CWORD\" ]; do\n");
    sb.append("    w=\"${COMP_WORDS[i]}\"\n");
    sb.append("    case \"$w\" in\n");
    sb.append("      ")
        .append(String.join("|", valueOptions))
        .append(") i=$((i+2)); continue ;;\n");
    sb.append("      -*) i=$((i+1)); continue ;;\n");
    sb.append("    esac\n");
    sb.append(
            "    if [ -z \"$cmd\" ]; then cmd=\"$w\"; elif _hzone_group \"$cmd $w\"; then cmd=\"$cmd $w\"; ")
        .append("elif [ -z \"$verb\" ]; then verb=\"$w\"; break; fi\n");
    sb.append("    i=$((i+1))\n");
    sb.append("  done\n");
    sb.append("  if [ -z \"$cmd\" ]; then\n");
    sb.append("    case \"$cur\" in\n");
    sb.append("      -*) COMPREPLY=( $(compgen -W \"")
        .append(String.join(" ", Main.GLOBAL_OPTIONS))
        .append("\" -- \"$cur\") ) ;;\n");
    sb.append("      *) COMPREPLY=( $(compgen -W \"")
        .append(String.join(" ", names))
        .append("\" -- \"$cur\") ) ;;\n");
    sb.append("    esac\n");
    sb.append("    return 0\n");
    sb.append("  fi\n");
    sb.append("  local verbs\n");
    sb.append("  verbs=\"$(_hzone_verbs \"$cmd\")\"\n");
    sb.append("  if [ -n \"$verbs\" ] && [ -z \"$verb\" ]; then\n");
    sb.append("    case \"$cur\" in\n");
    sb.append("      -*) COMPREPLY=( $(compgen -W \"--help\" -- \"$cur\") ) ;;\n");
    sb.append("      *) COMPREPLY=( $(compgen -W \"$verbs\" -- \"$cur\") ) ;;\n");
    sb.append("    esac\n");
    sb.append("    return 0\n");
    sb.append("  fi\n");
    sb.append("  local key\n");
    sb.append("  if [ -n \"$verbs\" ]; then key=\"$cmd $verb\"; else key=\"$cmd\"; fi\n");
    sb.append("  case \"$cur\" in\n");
    sb.append(
        "    -*) COMPREPLY=( $(compgen -W \"$(_hzone_options \"$key\")\" -- \"$cur\") ) ;;\n");
    sb.append("    *) COMPREPLY=( $(compgen -f -- \"$cur\") ) ;;\n");
    sb.append("  esac\n");
    sb.append("  return 0\n");
    sb.append("}\n\n");
  }

  private static List<CommandGroup> nested(Command c) {
    return c instanceof CommandGroup g ? g.groups() : List.of();
  }

  private static boolean isPath(String argName) {
    String a = argName.toUpperCase(Locale.ROOT);
    return a.contains("FILE") || a.contains("DIR") || a.contains("PATH");
  }

  /** Every word the scripts know, for tests: commands, verbs, options. */
  Set<String> words() {
    Set<String> out = new LinkedHashSet<>(Main.GLOBAL_OPTIONS);
    for (Command c : commands) {
      out.add(c.name());
      out.addAll(c.verbs());
      for (String v : c.verbs().isEmpty() ? List.of("") : c.verbs()) {
        c.options(v).forEach(o -> out.add(o.name()));
      }
      for (CommandGroup n : nested(c)) {
        out.addAll(n.words());
        out.addAll(n.verbs());
        n.verbs().forEach(v -> n.options(v).forEach(o -> out.add(o.name())));
      }
    }
    return out;
  }
}
