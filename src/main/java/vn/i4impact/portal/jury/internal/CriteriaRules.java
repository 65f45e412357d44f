package vn.i4impact.portal.jury.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.i4impact.portal.shared.DomainException;

/** What makes a set of criteria usable: at least one, distinct codes, whole-number scales, weights adding up to 100. */
public final class CriteriaRules {

	public static final int TOTAL_WEIGHT = 100;

	private CriteriaRules() {
	}

	/** @throws DomainException naming the first rule the set breaks */
	public static void check(List<Criterion> set) {
		if (set.isEmpty()) {
			throw new DomainException("jury.criteria.empty");
		}
		Set<String> codes = new HashSet<>();
		int total = 0;
		for (Criterion c : set) {
			if (c.code() == null || c.code().isBlank() || !codes.add(c.code())) {
				throw new DomainException("jury.criteria.code", c.code());
			}
			if (c.nameVi() == null || c.nameVi().isBlank() || c.nameEn() == null || c.nameEn().isBlank()) {
				throw new DomainException("jury.criteria.name", c.code());
			}
			if (c.weight() < 1 || c.weight() > TOTAL_WEIGHT) {
				throw new DomainException("jury.criteria.weight", c.code());
			}
			if (c.scaleMin() < 0 || c.scaleMax() <= c.scaleMin() || c.scaleMax() > 100) {
				throw new DomainException("jury.criteria.scale", c.code());
			}
			total += c.weight();
		}
		if (total != TOTAL_WEIGHT) {
			throw new DomainException("jury.criteria.total", total);
		}
	}

}
