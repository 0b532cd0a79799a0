package dev.hzone.emulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Route.Handler h = r -> ApiResponse.noContent();
  private final Router router =
      new Router()
          .add("GET", "/zones/{id_or_name}", h)
          .add("PUT", "/zones/{id_or_name}", h)
          .add("GET", "/zones/actions", h)
          .add("GET", "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}", h);

  @Test
  void literalSegmentsWinAndParametersAreDecoded() {
    assertEquals(
        "/zones/actions", router.resolve("GET", "/zones/actions").route().orElseThrow().template());
    assertEquals(
        Map.of("id_or_name", "example.com"), router.resolve("GET", "/zones/example.com").params());
    assertEquals(
        Map.of("id_or_name", "42", "rr_name", "@", "rr_type", "A"),
        router.resolve("GET", "/zones/42/rrsets/%40/A").params());
  }

  @Test
  void tellsTheMethodsOfAPathWithoutThatMethod() {
    Router.Resolution r = router.resolve("DELETE", "/zones/example.com");
    assertTrue(r.route().isEmpty());
    assertEquals(List.of("GET", "PUT"), r.allowedMethods());
    assertTrue(router.resolve("GET", "/volumes").allowedMethods().isEmpty());
  }
}
