package dev.hzone.emulator.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static final Map<String, String> PROD_WEB =
      Map.of("env", "prod", "role", "web", "example.com/x", "");

  @Test
  void matchesEveryFormOfTheGrammar() {
    assertTrue(LabelSelector.parse("env=prod").test(PROD_WEB));
    assertTrue(LabelSelector.parse("env==prod").test(PROD_WEB));
    assertTrue(LabelSelector.parse("env!=dev").test(PROD_WEB));
    assertTrue(LabelSelector.parse("team!=dns").test(PROD_WEB), "!= matches an absent key");
    assertTrue(LabelSelector.parse("role").test(PROD_WEB));
    assertTrue(LabelSelector.parse("!team").test(PROD_WEB));
    assertTrue(LabelSelector.parse("env in (dev,prod)").test(PROD_WEB));
    assertTrue(LabelSelector.parse("env notin (dev, test)").test(PROD_WEB));
    assertTrue(LabelSelector.parse("example.com/x=").test(PROD_WEB), "an empty value is a value");
    assertTrue(LabelSelector.parse("env=prod,role in (web),!team").test(PROD_WEB));
    assertFalse(LabelSelector.parse("env=prod,!role").test(PROD_WEB));
    assertFalse(LabelSelector.parse("env in (dev)").test(PROD_WEB));
    assertFalse(LabelSelector.parse("team in (dns)").test(PROD_WEB));
    assertTrue(LabelSelector.parse("team notin (dns)").test(PROD_WEB));
  }

  @Test
  void refusesWhatDoesNotParse() {
    for (String bad :
        new String[] {"", ",", "env in dev", "a b=c", "env in (a b)", "=x", "env=a=b"}) {
      ApiError e = assertThrows(ApiError.class, () -> LabelSelector.parse(bad), bad);
      assertTrue(e.getMessage().contains("label_selector"), e.getMessage());
    }
  }
}
