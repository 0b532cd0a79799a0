package dev.hzone.api.schema;

import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * RRSets: {@code /zones/{id_or_name}/rrsets} and the RRSet actions. Null query parameters are left
 * out.
 */
public interface RrsetsApi {
  @GET("zones/{id_or_name}/rrsets")
  Call<RrsetListResponse> list(
      @Path("id_or_name") String zone,
      @Query("name") String name,
      @Query("type") List<String> type,
      @Query("label_selector") String labelSelector,
      @Query("sort") List<String> sort,
      @Query("page") Integer page,
      @Query("per_page") Integer perPage);

  @POST("zones/{id_or_name}/rrsets")
  Call<RrsetCreateResponse> create(@Path("id_or_name") String zone, @Body RrsetCreateRequest body);

  @GET("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}")
  Call<RrsetResponse> get(
      @Path("id_or_name") String zone, @Path("rr_name") String name, @Path("rr_type") String type);

  @PUT("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}")
  Call<RrsetResponse> update(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body LabelsRequest body);

  @DELETE("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}")
  Call<ActionResponse> delete(
      @Path("id_or_name") String zone, @Path("rr_name") String name, @Path("rr_type") String type);

  @POST("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records")
  Call<ActionResponse> setRecords(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body RecordsRequest body);

  @POST("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records")
  Call<ActionResponse> addRecords(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body AddRecordsRequest body);

  @POST("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records")
  Call<ActionResponse> removeRecords(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body RecordsRequest body);

  @POST("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records")
  Call<ActionResponse> updateRecords(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body RecordsRequest body);

  @POST("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl")
  Call<ActionResponse> changeTtl(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body RrsetTtlRequest body);

  @POST("zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection")
  Call<ActionResponse> changeProtection(
      @Path("id_or_name") String zone,
      @Path("rr_name") String name,
      @Path("rr_type") String type,
      @Body ChangeProtectionRequest body);
}
