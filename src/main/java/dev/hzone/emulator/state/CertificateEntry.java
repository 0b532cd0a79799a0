package dev.hzone.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A TLS certificate: uploaded (parsed from PEM; the private key is checked and never kept) or
 * managed (issued by the emulator for domains in its own zones).
 *
 * @param id certificate ID
 * @param name unique name
 * @param type {@code uploaded} or {@code managed}
 * @param certificate the PEM chain, once there is one
 * @param notValidBefore start of validity, once issued
 * @param notValidAfter end of validity, once issued
 * @param domainNames the names it is for
 * @param fingerprint SHA-256 of the leaf certificate, colon-separated hex, once issued
 * @param issuance how the latest issuance of a managed certificate ends and when
 * @param labels user labels
 * @param created creation time
 */
public record CertificateEntry(
    long id,
    String name,
    String type,
    Optional<String> certificate,
    Optional<Instant> notValidBefore,
    Optional<Instant> notValidAfter,
    List<String> domainNames,
    Optional<String> fingerprint,
    Optional<Issuance> issuance,
    Map<String, String> labels,
    Instant created) {

  /**
   * The outcome of issuing a managed certificate: {@code pending} until {@code done}, then {@code
   * completed} or {@code failed} with {@code error}.
   *
   * @param done when issuance ends
   * @param error why it failed; empty when it completes
   */
  public record Issuance(Instant done, Optional<ActionEntry.Failure> error) {
    public Issuance {
      Objects.requireNonNull(done, "done");
      Objects.requireNonNull(error, "error");
    }

    /** {@code pending}, {@code completed} or {@code failed} at {@code now}. */
    public String status(Instant now) {
      if (now.isBefore(done)) {
        return "pending";
      }
      return error.isPresent() ? "failed" : "completed";
    }
  }

  public CertificateEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(notValidBefore, "notValidBefore");
    Objects.requireNonNull(notValidAfter, "notValidAfter");
    domainNames = List.copyOf(domainNames);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(issuance, "issuance");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(created, "created");
  }

  public CertificateEntry withUpdate(String newName, Map<String, String> newLabels) {
    return new CertificateEntry(
        id,
        newName,
        type,
        certificate,
        notValidBefore,
        notValidAfter,
        domainNames,
        fingerprint,
        issuance,
        newLabels,
        created);
  }

  /**
   * This managed certificate after an issuance that ends as {@code i} with the given certificate
   * data.
   */
  public CertificateEntry withIssued(
      Issuance i,
      Optional<String> pem,
      Optional<Instant> notBefore,
      Optional<Instant> notAfter,
      Optional<String> newFingerprint) {
    return new CertificateEntry(
        id,
        name,
        type,
        pem,
        notBefore,
        notAfter,
        domainNames,
        newFingerprint,
        Optional.of(i),
        labels,
        created);
  }
}
