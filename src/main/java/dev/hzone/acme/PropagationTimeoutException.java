package dev.hzone.acme;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The value was not served by every nameserver within the timeout; names the ones that lag. */
public class PropagationTimeoutException extends AcmeException {
  private final List<Observation> lagging;

  public PropagationTimeoutException(String fqdn, Duration timeout, List<Observation> lagging) {
    super(
        "after "
            + timeout.toSeconds()
            + " s these nameservers still do not serve the TXT at "
            + fqdn
            + ": "
            + lagging.stream().map(Observation::toString).collect(Collectors.joining(", ")));
    this.lagging = List.copyOf(lagging);
  }

  /** The last observation of each server that did not serve the value. */
  public List<Observation> lagging() {
    return lagging;
  }
}
