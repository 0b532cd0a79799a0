package dev.hzone.emulator.actions;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.hzone.emulator.state.ActionEntry;
import dev.hzone.emulator.state.ActionStatus;
import dev.hzone.emulator.state.ResourceRef;
import dev.hzone.emulator.web.Json;
import java.time.Instant;

/** The API's JSON form of an action at a moment. */
public final class ActionView {
  private ActionView() {}

  /**
   * {@code {id, command, status, progress, started, finished, resources, error}} at {@code now}.
   */
  public static JsonObject toJson(ActionEntry a, Instant now) {
    ActionStatus status = a.status(now);
    JsonObject o = new JsonObject();
    o.addProperty("id", a.id());
    o.addProperty("command", a.command());
    o.addProperty("status", status.wire());
    o.addProperty("progress", status == ActionStatus.RUNNING ? 0 : 100);
    o.add("started", Json.time(a.started()));
    o.add("finished", status == ActionStatus.RUNNING ? JsonNull.INSTANCE : Json.time(a.finishes()));
    JsonArray rs = new JsonArray();
    for (ResourceRef r : a.resources()) {
      JsonObject ro = new JsonObject();
      ro.addProperty("id", r.id());
      ro.addProperty("type", r.type());
      rs.add(ro);
    }
    o.add("resources", rs);
    if (status == ActionStatus.ERROR) {
      JsonObject e = new JsonObject();
      e.addProperty("code", a.failure().orElseThrow().code());
      e.addProperty("message", a.failure().orElseThrow().message());
      o.add("error", e);
    } else {
      o.add("error", JsonNull.INSTANCE);
    }
    return o;
  }

  /** {@code {"action": ...}}. */
  public static JsonObject wrapped(ActionEntry a, Instant now) {
    return Json.wrap("action", toJson(a, now));
  }
}
