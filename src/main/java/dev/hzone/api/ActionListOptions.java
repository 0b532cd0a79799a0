package dev.hzone.api;

import dev.hzone.api.cloud.ActionStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Filters for listing actions of a resource type or of one resource.
 *
 * @param ids only these actions (only for the resource type's list)
 * @param status only actions in these states; empty for all
 * @param sort {@code id}, {@code command}, {@code status}, {@code started}, {@code finished}, each
 *     with an optional {@code :asc} or {@code :desc}
 */
public record ActionListOptions(List<Long> ids, Set<ActionStatus> status, List<String> sort) {

  /** Every action. */
  public static final ActionListOptions ALL = new ActionListOptions(List.of(), Set.of(), List.of());

  public ActionListOptions {
    ids = List.copyOf(ids);
    status = status.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(status));
    sort = List.copyOf(sort);
  }

  /** Only running actions. */
  public static ActionListOptions running() {
    return new ActionListOptions(List.of(), Set.of(ActionStatus.RUNNING), List.of());
  }

  public ActionListOptions withIds(List<Long> newIds) {
    return new ActionListOptions(newIds, status, sort);
  }

  public ActionListOptions withStatus(ActionStatus... states) {
    return new ActionListOptions(ids, Set.of(states), sort);
  }

  public ActionListOptions withSort(String... fields) {
    return new ActionListOptions(ids, status, List.of(fields));
  }

  List<Long> idsOrNull() {
    return ids.isEmpty() ? null : ids;
  }

  List<String> statusOrNull() {
    if (status.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (ActionStatus s : EnumSet.copyOf(status)) {
      out.add(s.apiValue());
    }
    return out;
  }

  List<String> sortOrNull() {
    return sort.isEmpty() ? null : sort;
  }
}
