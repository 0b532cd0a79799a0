package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActionWaiterTest {
  final MockApi api = new MockApi();
  final ActionWaiter waiter = api.client.actionWaiter();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  static Action running(long id) {
    return Json.read(MockApi.action(id, "set_rrset_records", "running"));
  }

  static String actions(List<Long> ids, String status) {
    return "{\"actions\":[" + ids.stream().map(id -> MockApi.action(id, "set_rrset_records", status))
        .collect(Collectors.joining(",")) + "]}";
  }

  @Test
  void hundredActionsCostOneRequestPerPoll() {
    List<Long> ids = IntStream.rangeClosed(1, 100).mapToObj(i -> (long) i).toList();
    List<Action> given = ids.stream().map(ActionWaiterTest::running).toList();
    api.json(200, actions(ids, "running"));
    List<String> half = new ArrayList<>();
    for (long id = 1; id <= 100; id++) {
      half.add(MockApi.action(id, "set_rrset_records", id <= 50 ? "success" : "running"));
    }
    api.json(200, "{\"actions\":[" + String.join(",", half) + "]}");
    api.json(200, actions(ids.subList(50, 100), "success"));

    List<Action> done = waiter.waitFor(given);

    assertEquals(100, done.size());
    assertTrue(done.stream().allMatch(a -> a.status() == ActionStatus.SUCCESS));
    assertEquals(3, api.requestCount(), "one request per poll");
    RecordedRequest first = api.take();
    assertEquals("GET", first.getMethod());
    assertEquals(ids.stream().map(String::valueOf).toList(), first.getRequestUrl().queryParameterValues("id"));
    api.take();
    assertEquals(ids.subList(50, 100).stream().map(String::valueOf).toList(),
        api.take().getRequestUrl().queryParameterValues("id"), "only pending actions are polled");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(1125)), api.time.sleeps());
  }

  @Test
  void intervalGrowsToTwoAndAHalfSeconds() {
    PollOptions p = PollOptions.DEFAULT;
    assertEquals(List.of(500L, 750L, 1125L, 1688L, 2500L, 2500L),
        IntStream.range(0, 6).mapToObj(i -> p.interval(i).toMillis()).toList());
  }

  @Test
  void anActionEndingInErrorRaisesItsCodeAndMessage() {
    api.json(200, actions(List.of(5L, 6L), "running"));
    api.json(200, "{\"actions\":[" + MockApi.action(5, "import_zonefile", "error") + ","
        + MockApi.action(6, "set_rrset_records", "success") + "]}");
    ActionFailedException e =
        assertThrows(ActionFailedException.class, () -> waiter.waitFor(List.of(running(5), running(6))));
    assertEquals(5, e.actionId());
    assertEquals("action_failed", e.code());
    assertEquals("Action failed", e.apiMessage());
    assertEquals(1, e.failed().size());
    assertTrue(e.getMessage().contains("action 5 (import_zonefile) failed: Action failed (action_failed)"),
        e.getMessage());
  }

  @Test
  void progressIsReported() {
    api.json(200, actions(List.of(5L), "running"));
    api.json(200, actions(List.of(5L), "success"));
    Action alreadyDone = Json.read(MockApi.action(4, "x", "success"));
    List<String> seen = new ArrayList<>();
    waiter.waitFor(List.of(alreadyDone, running(5)), a -> seen.add(a.id() + ":" + a.status()));
    assertEquals(List.of("4:SUCCESS", "5:RUNNING", "5:SUCCESS"), seen);
  }

  @Test
  void finishedActionsNeedNoRequest() {
    waiter.waitFor(Json.<Action>read(MockApi.action(4, "x", "success")));
    assertEquals(0, api.requestCount());
  }

  @Test
  void timesOut() {
    for (int i = 0; i < 10; i++) {
      api.json(200, actions(List.of(5L), "running"));
    }
    ActionTimeoutException e = assertThrows(ActionTimeoutException.class,
        () -> waiter.withOptions(PollOptions.DEFAULT.withTimeout(Duration.ofSeconds(3))).waitFor(running(5)));
    assertEquals(List.of(5L), e.pending());
    Duration slept = api.time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    assertEquals(Duration.ofSeconds(3), slept);
  }

  @Test
  void anActionTheApiForgotFailsInsteadOfPollingForever() {
    api.json(200, "{\"actions\":[]}");
    ApiException e = assertThrows(ApiException.class, () -> waiter.waitFor(running(5)));
    assertTrue(e.getMessage().contains("[5]"), e.getMessage());
  }

  @Test
  void idsAreSplitAtTheConfiguredLimit() {
    ActionWaiter small = waiter.withOptions(new PollOptions(Duration.ofMillis(500), Duration.ofSeconds(2), 1.5,
        Duration.ofMinutes(1), 2));
    api.json(200, actions(List.of(1L, 2L), "success"));
    api.json(200, actions(List.of(3L), "success"));
    small.waitFor(List.of(running(3), running(1), running(2)));
    assertEquals(List.of("1", "2"), api.take().getRequestUrl().queryParameterValues("id"));
    assertEquals(List.of("3"), api.take().getRequestUrl().queryParameterValues("id"));
  }
}
