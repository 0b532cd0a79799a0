package dev.hzone.cli.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a saved plan was made from: the paths and flags of {@code hzone plan --out}, kept in the
 * document's {@code inputs} so that {@code hzone apply PLAN.json} can make the plan again from the
 * same zone files and {@code hzone.toml} and refuse any difference. They only say where to look:
 * every path must lie inside the working directory, and what counts is what the files there say at
 * apply time.
 *
 * @param paths the zone files and directories, as given (relative to the working directory)
 * @param config {@code --config}, if given
 * @param strategy {@code --strategy}
 * @param createZones {@code --create-zones}
 * @param skipUnsupported {@code --skip-unsupported}
 */
record PlanInputs(
    List<String> paths,
    Optional<String> config,
    Strategy strategy,
    boolean createZones,
    boolean skipUnsupported) {

  /** The inputs of a plan that names none (a document from {@code plan -o json}): the defaults. */
  static final PlanInputs DEFAULT =
      new PlanInputs(List.of("zones"), Optional.empty(), Strategy.AUTO, false, false);

  PlanInputs {
    paths = List.copyOf(paths.isEmpty() ? List.of("zones") : paths);
  }

  PlanOptions options() {
    return new PlanOptions(
        strategy, createZones ? PlanOptions.ZoneCreation.ALLOW : PlanOptions.ZoneCreation.REFUSE);
  }

  JsonObject toJson() {
    JsonObject o = new JsonObject();
    JsonArray p = new JsonArray();
    paths.forEach(p::add);
    o.add("paths", p);
    o.add("config", config.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
    o.addProperty("strategy", strategy.id());
    o.addProperty("create_zones", createZones);
    o.addProperty("skip_unsupported", skipUnsupported);
    return o;
  }

  /**
   * The inputs in a plan document, checked: paths inside the working directory.
   *
   * @throws CliException (65) when they are malformed or lead out of the working directory
   */
  static PlanInputs of(JsonObject doc, Invocation inv, String source) {
    if (!doc.has("inputs") || doc.get("inputs").isJsonNull()) {
      return DEFAULT;
    }
    PlanInputs in;
    try {
      JsonObject o = doc.getAsJsonObject("inputs");
      List<String> paths = new ArrayList<>();
      for (JsonElement e : o.getAsJsonArray("paths")) {
        paths.add(e.getAsString());
      }
      Optional<String> config =
          o.get("config") == null || o.get("config").isJsonNull()
              ? Optional.empty()
              : Optional.of(o.get("config").getAsString());
      Strategy strategy = Strategy.fromText(o.get("strategy").getAsString()).orElseThrow();
      in =
          new PlanInputs(
              paths,
              config,
              strategy,
              o.get("create_zones").getAsBoolean(),
              o.get("skip_unsupported").getAsBoolean());
    } catch (RuntimeException e) {
      throw CliException.data(source + ": its inputs cannot be read; run hzone plan --out again");
    }
    Path root;
    try {
      root = inv.path(".").toRealPath();
    } catch (IOException e) {
      throw CliException.data("cannot resolve the working directory: " + e.getMessage());
    }
    List<String> all = new ArrayList<>(in.paths());
    in.config().ifPresent(all::add);
    for (String p : all) {
      Path resolved = inv.path(p);
      Path real;
      try {
        real = resolved.toRealPath();
      } catch (IOException e) {
        real = resolved;
      }
      if (!real.startsWith(root)) {
        throw CliException.data(
            source
                + " was made from "
                + p
                + ", outside the working directory; apply it from"
                + " the directory it was planned in, or plan and apply with the paths: hzone apply PATH...");
      }
    }
    return in;
  }
}
