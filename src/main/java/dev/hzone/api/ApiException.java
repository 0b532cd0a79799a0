package dev.hzone.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API answered with an error. Carries the HTTP status, the API's error {@link #code()} (with
 * the {@linkplain #rawCode() string as sent}, so codes this version does not know are not lost),
 * its message, the {@code details} the API gives for some codes (invalid or duplicate {@linkplain
 * #fields() fields}, exceeded {@linkplain #limits() limits}) and the request's correlation id, for
 * support requests.
 *
 * <p>Thrown after the client's retries are used up (see {@link RetryOptions}). The message never
 * contains the token or other secrets: it is built from the API's answer alone.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#description/errors">Errors</a>
 */
public class ApiException extends HcloudException {
  private final int status;
  private final ErrorCode code;
  private final String rawCode;
  private final String apiMessage;
  private final List<FieldError> fields;
  private final List<String> limits;
  private final String correlationId;

  /**
   * @param status HTTP status
   * @param rawCode the API's {@code error.code} as sent ({@code ""} when the body had none)
   * @param apiMessage the API's {@code error.message} (or a description of a body that was not
   *     JSON)
   * @param fields {@code details.fields}, empty when absent
   * @param limits {@code details.limits[].name}, empty when absent
   * @param correlationId the {@code X-Correlation-Id} response header, empty when absent
   */
  public ApiException(
      int status,
      String rawCode,
      String apiMessage,
      List<FieldError> fields,
      List<String> limits,
      Optional<String> correlationId) {
    super(describe(status, rawCode, apiMessage, fields, correlationId));
    this.status = status;
    this.rawCode = Objects.requireNonNull(rawCode, "rawCode");
    this.code = ErrorCode.fromApi(rawCode);
    this.apiMessage = Objects.requireNonNull(apiMessage, "apiMessage");
    this.fields = List.copyOf(fields);
    this.limits = List.copyOf(limits);
    this.correlationId = correlationId.orElse(null);
  }

  /** The HTTP status, e.g. 422. */
  public int status() {
    return status;
  }

  /** The API's error code; {@link ErrorCode#UNKNOWN} for codes this version does not know. */
  public ErrorCode code() {
    return code;
  }

  /** The error code exactly as the API sent it ({@code ""} when the body had none). */
  public String rawCode() {
    return rawCode;
  }

  /** The API's message, without status or request id. */
  public String apiMessage() {
    return apiMessage;
  }

  /** The fields the API named as invalid or not unique. */
  public List<FieldError> fields() {
    return fields;
  }

  /** The names of exceeded limits ({@code resource_limit_exceeded}), e.g. {@code project_limit}. */
  public List<String> limits() {
    return limits;
  }

  /** The request's {@code X-Correlation-Id}, to quote to Hetzner support. */
  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  /** True when the error's code is one of {@code codes}. */
  public boolean is(ErrorCode... codes) {
    for (ErrorCode c : codes) {
      if (c == code) {
        return true;
      }
    }
    return false;
  }

  private static String describe(
      int status, String rawCode, String message, List<FieldError> fields, Optional<String> id) {
    StringBuilder sb = new StringBuilder();
    sb.append(message.isEmpty() ? "the API answered HTTP " + status : message);
    for (FieldError f : fields) {
      // A message naming the field ("invalid input in field 'zonefile'") still lacks what is wrong
      // with it.
      if (!f.messages().isEmpty() && !f.messages().stream().allMatch(message::contains)) {
        sb.append("; ").append(f.name()).append(": ").append(String.join(", ", f.messages()));
      }
    }
    sb.append(" (");
    if (!rawCode.isEmpty()) {
      sb.append(rawCode).append(", ");
    }
    sb.append("HTTP ").append(status);
    id.ifPresent(s -> sb.append(", request id ").append(s));
    return sb.append(')').toString();
  }

  /**
   * One field named in an error's details.
   *
   * @param name the field, e.g. {@code name} or {@code records[0].value}
   * @param messages what is wrong with it (empty for {@code uniqueness_error})
   */
  public record FieldError(String name, List<String> messages) {
    public FieldError {
      Objects.requireNonNull(name, "name");
      messages = messages == null ? List.of() : List.copyOf(messages);
    }
  }
}
