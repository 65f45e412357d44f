package vn.i4impact.portal.program.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.program.AwardUsage;

/**
 * Asks every {@link AwardUsage} (none until the nomination module provides one) whether awards are used by submitted
 * nominations. With no implementation nothing is in use: a list rather than a single bean, so no default bean and no
 * bean-ordering condition are needed.
 */
@Component
public class AwardRemovalGuard {

	private final Supplier<List<AwardUsage>> usages;

	@Autowired
	AwardRemovalGuard(ObjectProvider<AwardUsage> usages) {
		this.usages = () -> usages.orderedStream().toList();
	}

	/** For unit tests of the rule with a stub usage. */
	public AwardRemovalGuard(List<AwardUsage> usages) {
		this.usages = () -> usages;
	}

	public long submittedNominations(Collection<Long> awardIds) {
		long total = 0;
		for (AwardUsage usage : usages.get()) {
			for (Long id : awardIds) {
				total += usage.submittedNominations(id);
			}
		}
		return total;
	}

}
