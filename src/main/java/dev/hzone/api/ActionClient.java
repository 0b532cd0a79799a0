package dev.hzone.api;

import dev.hzone.api.cloud.Action;
import dev.hzone.api.schema.ActionListResponse;
import dev.hzone.api.schema.ActionsApi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Actions of any resource, by id. To wait for actions use {@link ActionWaiter}, which polls through
 * this client. Obtain it from {@link HcloudClient#actions()}.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#tag/actions">Actions</a>
 */
public final class ActionClient {
  /**
   * Most ids sent in one {@code GET /actions?id=..}: the API may leave out every action beyond 25
   * (hcloud-go's {@code action_waiter.go}, PR #611; the emulator does the same, ledger
   * L-ACTIONS-25).
   */
  public static final int MAX_IDS_PER_REQUEST = 25;

  private final ActionsApi api;

  ActionClient(ActionsApi api) {
    this.api = api;
  }

  /** The action with this id, or empty if the API does not know it. */
  @ApiOperation("get_action")
  public Optional<Action> get(long id) {
    return Calls.executeOptional(api.get(id)).map(r -> r.action());
  }

  /**
   * The actions with these ids, one request per {@value #MAX_IDS_PER_REQUEST} ids. Ids the API does
   * not know are missing from the answer (which never means finished: {@link ActionWaiter} fails on
   * them); the order is the API's.
   */
  @ApiOperation("get_actions")
  public List<Action> get(Collection<Long> ids) {
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    List<Action> out = new ArrayList<>(distinct.size());
    for (int i = 0; i < distinct.size(); i += MAX_IDS_PER_REQUEST) {
      List<Long> chunk = distinct.subList(i, Math.min(distinct.size(), i + MAX_IDS_PER_REQUEST));
      ActionListResponse r = Calls.execute(api.getMany(List.copyOf(chunk)));
      if (r.actions() != null) {
        out.addAll(r.actions());
      }
    }
    return out;
  }
}
