package dev.hzone.emulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
  private static final List<Integer> TWELVE = IntStream.rangeClosed(1, 12).boxed().toList();

  private static ApiRequest request(String query) {
    return new ApiRequest(
        "GET", "/v1/things", Map.of(), Query.parse(query), "", "http://127.0.0.1:1", false);
  }

  @Test
  void cutsPagesAndTellsWhereTheOthersAre() {
    ApiRequest req = request("label_selector=a%3Db&page=2&per_page=5");
    Page<Integer> p = Page.of(TWELVE, req.query(), 50);
    assertEquals(List.of(6, 7, 8, 9, 10), p.items());
    JsonObject pg = p.meta().getAsJsonObject("pagination");
    assertEquals(
        "{\"page\":2,\"per_page\":5,\"previous_page\":1,\"next_page\":3,\"last_page\":3,\"total_entries\":12}",
        pg.toString());
    String link = p.respond("things", JsonPrimitive::new, req).headers().get("Link");
    assertEquals(
        "<http://127.0.0.1:1/v1/things?label_selector=a%3Db&page=1&per_page=5>; rel=\"prev\", "
            + "<http://127.0.0.1:1/v1/things?label_selector=a%3Db&page=3&per_page=5>; rel=\"next\", "
            + "<http://127.0.0.1:1/v1/things?label_selector=a%3Db&page=3&per_page=5>; rel=\"last\"",
        link);
  }

  @Test
  void aSinglePageHasNoLinkAndNullNeighbours() {
    ApiRequest req = request("");
    Page<Integer> p = Page.of(TWELVE, req.query(), 50);
    assertEquals(12, p.items().size());
    assertEquals(25, p.perPage());
    assertTrue(p.meta().getAsJsonObject("pagination").get("next_page").isJsonNull());
    assertFalse(p.respond("things", JsonPrimitive::new, req).headers().containsKey("Link"));
  }

  @Test
  void capsPerPageAndAnswersEmptyPagesBeyondTheEnd() {
    assertEquals(50, Page.of(TWELVE, Query.parse("per_page=1000"), 50).perPage());
    assertEquals(100, Page.of(TWELVE, Query.parse("per_page=1000"), 100).perPage());
    Page<Integer> beyond = Page.of(TWELVE, Query.parse("page=9&per_page=5"), 50);
    assertEquals(List.of(), beyond.items());
    assertEquals(3, beyond.meta().getAsJsonObject("pagination").get("previous_page").getAsInt());
  }
}
