package vn.i4impact.portal.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.program.AwardUsage;

/**
 * Stands in for the nomination module until it exists: tests mark an award as used by submitted nominations. Part of
 * the shared test context, so it costs no extra Spring context; unmarked awards are unused.
 */
@Component
public class StubAwardUsage implements AwardUsage {

	private static final Map<Long, Long> USED = new ConcurrentHashMap<>();

	public static void markUsed(long awardId, long nominations) {
		USED.put(awardId, nominations);
	}

	public static void clear(long awardId) {
		USED.remove(awardId);
	}

	@Override
	public long submittedNominations(long awardId) {
		return USED.getOrDefault(awardId, 0L);
	}

}
