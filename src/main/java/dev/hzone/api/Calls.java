package dev.hzone.api;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs a Retrofit call and turns the outcome into a result or one of the client's exceptions.
 * Retries and pacing already happened inside OkHttp (see {@link Transport}); what arrives here is
 * final.
 */
final class Calls {
  private Calls() {}

  /** The body of a successful answer; {@link ApiException} for an error answer. */
  static <T> T execute(Call<T> call) {
    Response<T> response = run(call);
    if (!response.isSuccessful()) {
      throw toException(response);
    }
    return response.body();
  }

  /** Like {@link #execute}, but {@code 404 not_found} gives empty instead of an exception. */
  static <T> Optional<T> executeOptional(Call<T> call) {
    Response<T> response = run(call);
    if (response.isSuccessful()) {
      return Optional.ofNullable(response.body());
    }
    ApiException e = toException(response);
    if (e.status() == 404 && (e.code() == ErrorCode.NOT_FOUND || e.rawCode().isEmpty())) {
      return Optional.empty();
    }
    throw e;
  }

  private static <T> Response<T> run(Call<T> call) {
    String what = call.request().method() + " " + call.request().url().encodedPath();
    try {
      return call.execute();
    } catch (JsonParseException e) {
      throw new ApiException(
          200,
          "",
          "the answer to " + what + " could not be read: " + e.getMessage(),
          List.of(),
          List.of(),
          Optional.empty());
    } catch (IOException e) {
      throw new ApiTransportException(
          what + " on " + call.request().url().host() + " failed: " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static ApiException toException(Response<?> response) {
    String body = "";
    try (ResponseBody b = response.errorBody()) {
      if (b != null) {
        body = b.string();
      }
    } catch (IOException e) {
      body = "";
    }
    return ErrorBodies.toException(
        response.code(), body, Optional.ofNullable(response.headers().get("X-Correlation-Id")));
  }
}
