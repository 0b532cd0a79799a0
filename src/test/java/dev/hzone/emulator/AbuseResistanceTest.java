package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Attacks from a client without the token (issue 14, item 5): none of them may make the emulator
 * read a body, hold all its threads, or grow its memory without bound.
 */
class AbuseResistanceTest {
  private static final String TOKEN = "abuse-test-token";

  private static Emulator start(int maxBodyBytes, int rateLimit) {
    InetAddress lo = InetAddress.getLoopbackAddress();
    EmulatorOptions o =
        EmulatorOptions.defaults().withListen(new InetSocketAddress(lo, 0)).withToken(TOKEN);
    return Emulator.builder(o).noDns().maxBodyBytes(maxBodyBytes).rateLimit(rateLimit).start();
  }

  /**
   * Sends the request head of {@code method path} with the given extra header lines, and returns
   * the socket.
   */
  private static Socket openRequest(Emulator emu, String method, String path, String... headers)
      throws IOException {
    URI api = emu.apiEndpoint();
    Socket s = new Socket(api.getHost(), api.getPort());
    s.setSoTimeout(10_000);
    StringBuilder head =
        new StringBuilder(method + " " + api.getPath() + path + " HTTP/1.1\r\nHost: x\r\n");
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    s.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    return s;
  }

  private static String statusLine(Socket s) throws IOException {
    return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
        .readLine();
  }

  @Test
  void anUnauthenticatedClientGetsItsAnswerWithoutSendingTheBodyItAnnounced() throws IOException {
    try (Emulator emu = start(1 << 20, 3600);
        Socket s =
            openRequest(
                emu,
                "POST",
                "/zones",
                "Content-Length: 400000000",
                "Content-Type: application/json")) {
      s.getOutputStream().write("{\"name\":".getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      // Today's server read the whole body first: this read timed out, and 400 MB would have been
      // held.
      assertEquals("HTTP/1.1 401 Unauthorized", statusLine(s));
    }
  }

  @Test
  void anAuthenticatedBodyOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    try (Emulator emu = start(1024, 3600);
        Socket s =
            openRequest(
                emu,
                "POST",
                "/zones",
                "Content-Length: 400000000",
                "Authorization: Bearer " + TOKEN,
                "Content-Type: application/json")) {
      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(s));
    }
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedOnceTheLimitIsPassed() throws IOException {
    try (Emulator emu = start(1024, 3600);
        Socket s =
            openRequest(
                emu,
                "POST",
                "/zones",
                "Transfer-Encoding: chunked",
                "Authorization: Bearer " + TOKEN,
                "Content-Type: application/json")) {
      OutputStream out = s.getOutputStream();
      byte[] chunk = "x".repeat(4096).getBytes(StandardCharsets.US_ASCII);
      out.write(("1000\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(chunk);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(s));
    }
  }

  @Test
  void aBodyWithinTheLimitStillReachesItsHandler() {
    try (Emulator emu = start(4096, 3600)) {
      ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
      ApiTestClient.Response r =
          api.send("POST", "/zones", "{\"name\":\"small-body.com\",\"mode\":\"primary\"}", TOKEN);
      assertEquals(201, r.status(), r.text());
    }
  }

  @Test
  void slowClientsHoldingConnectionsDoNotKeepOthersWaiting() throws Exception {
    try (Emulator emu = start(1 << 20, 100_000)) {
      List<Socket> slow = new ArrayList<>();
      try {
        // 64 clients that have sent half a request head and then go quiet: each holds a worker
        // thread until
        // its request deadline. Today's 16 fixed workers were all held, and the request below
        // waited for them.
        for (int i = 0; i < 64; i++) {
          URI api = emu.apiEndpoint();
          Socket s = new Socket(api.getHost(), api.getPort());
          s.getOutputStream()
              .write(
                  "GET /v1/zones HTTP/1.1\r\nHost: x\r\nX-Slow: "
                      .getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          slow.add(s);
        }
        ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN, Duration.ofSeconds(5));
        assertEquals(
            200,
            api.get("/zones").status(),
            "a legitimate request is answered while 64 clients stall");
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
    }
  }

  @Test
  void madeUpTokensShareTheirClientsBudgetAndDoNotTouchTheProjects() {
    try (Emulator emu = start(1 << 20, 50)) {
      ApiTestClient api = new ApiTestClient(emu.apiEndpoint(), TOKEN);
      int refused = 0;
      for (int i = 0; i < 200; i++) {
        ApiTestClient.Response r = api.send("GET", "/zones", null, UUID.randomUUID().toString());
        if (r.status() == 429) {
          refused++;
        } else {
          assertEquals(401, r.status());
        }
      }
      // Today every made-up header had a fresh budget of its own: 200 answers of 401, none refused.
      assertEquals(150, refused, "one budget of 50 for this client's unauthenticated requests");
      ApiTestClient.Response mine = api.get("/zones");
      assertEquals(200, mine.status());
      assertEquals(
          Optional.of("49"),
          mine.header("RateLimit-Remaining"),
          "the project's budget is untouched");
    }
  }

  @Test
  void bindingAnAddressOthersCanReachIsWarnedAboutLoudly() {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8780);
    InetSocketAddress any = new InetSocketAddress("0.0.0.0", 8753);
    assertEquals(
        Optional.empty(), Emulator.Builder.exposureWarning(loopback, Optional.of(loopback)));
    String warning = Emulator.Builder.exposureWarning(loopback, Optional.of(any)).orElseThrow();
    assertTrue(
        warning.startsWith("WARNING")
            && warning.contains("AXFR")
            && warning.contains("0.0.0.0:8753"),
        warning);
    assertTrue(
        Emulator.Builder.exposureWarning(any, Optional.empty())
            .orElseThrow()
            .contains("the API on"));
  }
}
