package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerAddressTest {
  @Test
  void parsesHostAndPortForms() {
    assertEquals(new ServerAddress("ns1.example.net", 53), ServerAddress.parse("ns1.example.net"));
    assertEquals(new ServerAddress("127.0.0.1", 5353), ServerAddress.parse("127.0.0.1:5353"));
    assertEquals(new ServerAddress("2001:db8::53", 53), ServerAddress.parse("2001:db8::53"));
    assertEquals(new ServerAddress("::1", 8053), ServerAddress.parse("[::1]:8053"));
    assertEquals(new ServerAddress("::1", 53), ServerAddress.parse("[::1]"));
  }

  @Test
  void printsWhatItParses() {
    assertEquals("[::1]:8053", ServerAddress.parse("[::1]:8053").toString());
    assertEquals("127.0.0.1:53", ServerAddress.parse("127.0.0.1").toString());
  }

  @Test
  void refusesBadPortsNamingTheInput() {
    assertEquals(
        "'ns1:dns' is not HOST[:PORT]: the port is not a number",
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("ns1:dns"))
            .getMessage());
    assertEquals(
        "'ns1:70000' is not HOST[:PORT]: port 70000 is out of range (1-65535)",
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("ns1:70000"))
            .getMessage());
    assertEquals(
        "'[::1:53' is not HOST[:PORT]: missing ']'",
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("[::1:53"))
            .getMessage());
  }
}
