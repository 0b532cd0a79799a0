package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.ActionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
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
    return """
           {"actions":[%s]}"""
        .formatted(
            ids.stream()
                .map(id -> MockApi.action(id, "set_rrset_records", status))
                .collect(Collectors.joining(",")));
  }

  private static List<Long> ids(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void hundredActionsCostFourRequestsPerPollOf25Ids() {
    List<Action> given = ids(1, 100).stream().map(ActionWaiterTest::running).toList();
    for (long from = 1; from <= 100; from += 25) {
      api.json(200, actions(ids(from, from + 24), "running"));
    }
    api.json(200, actions(ids(1, 25), "success"));
    api.json(200, actions(ids(26, 50), "success"));
    api.json(200, actions(ids(51, 75), "running"));
    api.json(200, actions(ids(76, 100), "running"));
    api.json(200, actions(ids(51, 75), "success"));
    api.json(200, actions(ids(76, 100), "success"));

    List<Action> done = waiter.waitFor(given);

    assertEquals(100, done.size());
    assertTrue(done.stream().allMatch(a -> a.status() == ActionStatus.SUCCESS));
    assertEquals(10, api.requestCount(), "4 + 4 + 2 requests of at most 25 ids");
    List<List<String>> asked = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      RecordedRequest r = api.take();
      assertEquals("GET", r.getMethod());
      asked.add(r.getRequestUrl().queryParameterValues("id"));
    }
    assertTrue(asked.stream().allMatch(q -> q.size() == 25), asked::toString);
    assertEquals(
        ids(51, 75).stream().map(String::valueOf).toList(),
        asked.get(8),
        "only pending actions are polled");
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(500)),
        api.time.sleeps(),
        "the interval grows while nothing finishes and starts again when something did");
  }

  @Test
  void intervalGrowsToTwoAndAHalfSeconds() {
    PollOptions p = PollOptions.DEFAULT;
    assertEquals(
        List.of(500L, 750L, 1125L, 1688L, 2500L, 2500L),
        IntStream.range(0, 6).mapToObj(i -> p.interval(i).toMillis()).toList());
  }

  @Test
  void anActionEndingInErrorRaisesItsCodeAndMessage() {
    api.json(200, actions(List.of(5L, 6L), "running"));
    api.json(
        200,
        """
        {"actions":[%s,%s]}"""
            .formatted(
                MockApi.action(5, "import_zonefile", "error"),
                MockApi.action(6, "set_rrset_records", "success")));
    ActionFailedException e =
        assertThrows(
            ActionFailedException.class, () -> waiter.waitFor(List.of(running(5), running(6))));
    assertEquals(5, e.actionId());
    assertEquals("action_failed", e.code());
    assertEquals("Action failed", e.apiMessage());
    assertEquals(1, e.failed().size());
    assertTrue(
        e.getMessage().contains("action 5 (import_zonefile) failed: Action failed (action_failed)"),
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
    ActionTimeoutException e =
        assertThrows(
            ActionTimeoutException.class,
            () ->
                waiter
                    .withOptions(PollOptions.DEFAULT.withTimeout(Duration.ofSeconds(3)))
                    .waitFor(running(5)));
    assertEquals(List.of(5L), e.pending());
    Duration slept = api.time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    assertEquals(Duration.ofSeconds(3), slept);
  }

  @Test
  void anActionTheApiForgotFailsInsteadOfPollingForever() {
    api.json(
        200,
        """
        {"actions":[]}""");
    ApiException e = assertThrows(ApiException.class, () -> waiter.waitFor(running(5)));
    assertTrue(e.getMessage().contains("[5]"), e.getMessage());
  }

  @Test
  void idsAreSplitAt25PerRequest() {
    api.json(200, actions(ids(1, 25), "success"));
    api.json(200, actions(ids(26, 30), "success"));
    waiter.waitFor(ids(1, 30).stream().map(ActionWaiterTest::running).toList());
    assertEquals(25, api.take().getRequestUrl().queryParameterValues("id").size());
    assertEquals(
        List.of("26", "27", "28", "29", "30"),
        api.take().getRequestUrl().queryParameterValues("id"));
  }

  @Test
  void anAnswerWithFewerActionsThanAskedIsNotTakenAsFinished() {
    // The API may leave out ids (beyond 25, or forgotten): the missing one is not done, so waiting
    // fails.
    api.json(200, actions(List.of(1L), "success"));
    ApiException e =
        assertThrows(ApiException.class, () -> waiter.waitFor(List.of(running(1), running(2))));
    assertTrue(e.getMessage().contains("[2]"), e.getMessage());
    assertEquals("not_found", e.rawCode());
  }
}
