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

/** Zones: {@code /zones} and the zone actions. Null query parameters are left out. */
public interface ZonesApi {
  @GET("zones")
  Call<ZoneListResponse> list(
      @Query("name") String name,
      @Query("mode") String mode,
      @Query("label_selector") String labelSelector,
      @Query("sort") List<String> sort,
      @Query("page") Integer page,
      @Query("per_page") Integer perPage);

  @POST("zones")
  Call<ZoneCreateResponse> create(@Body ZoneCreateRequest body);

  @GET("zones/{id_or_name}")
  Call<ZoneResponse> get(@Path("id_or_name") String idOrName);

  @PUT("zones/{id_or_name}")
  Call<ZoneResponse> update(@Path("id_or_name") String idOrName, @Body LabelsRequest body);

  @DELETE("zones/{id_or_name}")
  Call<ActionResponse> delete(@Path("id_or_name") String idOrName);

  @GET("zones/{id_or_name}/zonefile")
  Call<ZonefileResponse> exportZonefile(@Path("id_or_name") String idOrName);

  @POST("zones/{id_or_name}/actions/import_zonefile")
  Call<ActionResponse> importZonefile(
      @Path("id_or_name") String idOrName, @Body ZonefileRequest body);

  @POST("zones/{id_or_name}/actions/change_ttl")
  Call<ActionResponse> changeTtl(@Path("id_or_name") String idOrName, @Body ZoneTtlRequest body);

  @POST("zones/{id_or_name}/actions/change_protection")
  Call<ActionResponse> changeProtection(
      @Path("id_or_name") String idOrName, @Body DeleteProtectionRequest body);

  @POST("zones/{id_or_name}/actions/change_primary_nameservers")
  Call<ActionResponse> changePrimaryNameservers(
      @Path("id_or_name") String idOrName, @Body PrimaryNameserversRequest body);
}
