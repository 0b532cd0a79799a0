package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudRequestsTest.get;
import static dev.hzone.cli.cloud.CloudRequestsTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.cloud.MockCloud.Exchange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes wait for their actions with one progress line on stderr, and say which action failed and
 * why.
 */
class WaitProgressTest {
  @TempDir Path dir;

  static String action(String status, int progress, String error) {
    return """
        {"id": 31, "command": "poweron", "status": "%s", "progress": %d, "started": "2026-03-01T10:00:00Z",
         "finished": %s, "resources": [{"id": 42, "type": "server"}], "error": %s}"""
        .formatted(
            status,
            progress,
            status.equals("running") ? "null" : "\"2026-03-01T10:00:05Z\"",
            error);
  }

  static Exchange poll(String action) {
    return get("/actions?id=31", "{\"actions\": [" + action + "]}");
  }

  @Test
  void progressMovesOnOneLineUntilDone() throws Exception {
    List<Exchange> script =
        List.of(
            ServerCases.WEB,
            post(
                "/servers/42/actions/poweron",
                "",
                "{\"action\": " + action("running", 0, "null") + "}"),
            poll(action("running", 50, "null")),
            poll(action("success", 100, "null")));
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r = CloudRun.run(dir, api.env(), "", "server", "poweron", "web");
      assertEquals(0, r.code(), r.transcript());
      assertEquals("Waiting for poweron server web (action 31) ... 50% 100% done\n", r.err());
      assertEquals("Server web started\n", r.out());
      api.verify(script, r.transcript());
    }
  }

  @Test
  void aFailedActionEndsTheLineAndSaysWhy() throws Exception {
    List<Exchange> script =
        List.of(
            ServerCases.WEB,
            post(
                "/servers/42/actions/poweron",
                "",
                "{\"action\": " + action("running", 0, "null") + "}"),
            poll(
                action(
                    "error",
                    100,
                    "{\"code\": \"action_failed\", \"message\": \"host unreachable\"}")));
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r = CloudRun.run(dir, api.env(), "", "server", "poweron", "web");
      assertEquals(1, r.code(), r.transcript());
      assertTrue(
          r.err().startsWith("Waiting for poweron server web (action 31) ... failed\n"), r.err());
      assertTrue(r.err().contains("hzone: poweron server web failed: "), r.err());
      assertTrue(r.err().contains("host unreachable"), r.err());
    }
  }

  @Test
  void noWaitPrintsTheRunningActionAndJsonTheEnvelope() throws Exception {
    List<Exchange> script =
        List.of(
            ServerCases.WEB,
            post(
                "/servers/42/actions/poweron",
                "",
                "{\"action\": " + action("running", 0, "null") + "}"));
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r =
          CloudRun.run(dir, api.env(), "", "server", "poweron", "web", "--no-wait", "-o", "json");
      assertEquals(0, r.code(), r.transcript());
      assertEquals("", r.err());
      assertTrue(r.out().contains("\"status\": \"running\""), r.out());
      assertTrue(r.out().startsWith("{\n  \"action\": {\n    \"id\": 31,"), r.out());
      api.verify(script, r.transcript());
    }
  }
}
