package vn.i4impact.portal.program.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import vn.i4impact.portal.account.AuditTrail;

/** What the committee's edits have in common: stale forms, reordering, and audit entries of what really changed. */
final class AdminChanges {

	private AdminChanges() {
	}

	/** A stale form (someone saved in between) must not silently overwrite: the 409 page explains. */
	static void checkVersion(long stored, long submitted) {
		if (stored != submitted) {
			throw new ObjectOptimisticLockingFailureException("stale form", null);
		}
	}

	/** Renumbers the list 1..n after swapping a neighbour, which also repairs duplicate orders from old data. */
	static <T> boolean swap(List<T> list, int index, boolean up, ObjIntConsumer<T> order) {
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= list.size()) {
			return false;
		}
		T moved = list.get(index);
		list.set(index, list.get(other));
		list.set(other, moved);
		for (int i = 0; i < list.size(); i++) {
			order.accept(list.get(i), i + 1);
		}
		return true;
	}

	static void recordChange(AuditTrail audit, String action, String type, Object id, String summary, Map<String, Object> before,
			Map<String, Object> after) {
		Map<String, Object> b = new LinkedHashMap<>();
		Map<String, Object> a = new LinkedHashMap<>();
		for (String key : new TreeSet<>(after.keySet())) {
			if (!Objects.equals(before.get(key), after.get(key))) {
				b.put(key, before.get(key));
				a.put(key, after.get(key));
			}
		}
		if (!a.isEmpty()) {
			audit.record(action, type, id, summary, b, a);
		}
	}

}
