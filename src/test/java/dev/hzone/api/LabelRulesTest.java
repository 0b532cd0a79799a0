package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelRulesTest {
  @Test
  void keysMayHaveADnsPrefixAndANameOfUpTo63Characters() {
    assertTrue(LabelRules.isKey("env"));
    assertTrue(LabelRules.isKey("hzone.dev/tsig-key-name"));
    assertTrue(LabelRules.isKey("a".repeat(63)));
    assertFalse(LabelRules.isKey("a".repeat(64)));
    assertFalse(LabelRules.isKey(""));
    assertFalse(LabelRules.isKey("-env"));
    assertFalse(LabelRules.isKey("Example.COM/env"), "the prefix is a lower-case DNS name");
    assertFalse(LabelRules.isKey("a b"));
    assertTrue(LabelRules.isKey("x".repeat(300) + "/y"));
    assertFalse(LabelRules.isKey("x".repeat(320) + "/y"), "longer than 317 characters in all");
  }

  @Test
  void valuesMayBeEmptyButNamesMayNot() {
    assertTrue(LabelRules.isValue(""));
    assertTrue(LabelRules.isValue("prod_1.a-b"));
    assertFalse(LabelRules.isValue("prod_"));
    assertFalse(LabelRules.isValue("a/b"));
    assertFalse(LabelRules.isName(""));
    assertTrue(LabelRules.isName("transfer-key"));
  }
}
