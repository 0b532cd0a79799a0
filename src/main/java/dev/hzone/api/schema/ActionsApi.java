package dev.hzone.api.schema;

import java.util.List;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Actions: {@code /actions} for any resource, and the four action endpoints every resource type
 * with actions has ({@code resource} is the path's first segment, e.g. {@code zones}, {@code
 * servers}).
 */
public interface ActionsApi {
  @GET("actions")
  Call<ActionListResponse> getMany(@Query("id") List<Long> ids);

  @GET("actions/{id}")
  Call<ActionResponse> get(@Path("id") long id);

  @GET("{resource}/actions")
  Call<ActionListResponse> listForType(
      @Path(value = "resource", encoded = true) String resource,
      @Query("id") List<Long> ids,
      @Query("status") List<String> status,
      @Query("sort") List<String> sort,
      @Query("page") Integer page,
      @Query("per_page") Integer perPage);

  @GET("{resource}/actions/{id}")
  Call<ActionResponse> getForType(
      @Path(value = "resource", encoded = true) String resource, @Path("id") long id);

  @GET("{resource}/{id}/actions")
  Call<ActionListResponse> listForResource(
      @Path(value = "resource", encoded = true) String resource,
      @Path("id") String id,
      @Query("status") List<String> status,
      @Query("sort") List<String> sort,
      @Query("page") Integer page,
      @Query("per_page") Integer perPage);

  @GET("{resource}/{id}/actions/{action_id}")
  Call<ActionResponse> getForResource(
      @Path(value = "resource", encoded = true) String resource,
      @Path("id") String id,
      @Path("action_id") long actionId);
}
