package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.dns.Rrset;
import java.util.Objects;

/**
 * The answer to {@link RrsetClient#create}.
 *
 * @param rrset the RRSet as the API stored it
 * @param action the action that creates it
 */
public record RrsetCreateResult(Rrset rrset, Action action) {
  public RrsetCreateResult {
    Objects.requireNonNull(rrset, "rrset");
    Objects.requireNonNull(action, "action");
  }
}
