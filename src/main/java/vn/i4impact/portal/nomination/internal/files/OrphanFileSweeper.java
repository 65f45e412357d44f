package vn.i4impact.portal.nomination.internal.files;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A file is moved into place (and fsynced) before the transaction that records it commits; when that commit never
 * happens (a crash, a failure the code could not clean up) the file has no row. At start-up such files are removed
 * once older than a grace period ({@code portal.files.orphan-grace}, default one hour), so an upload that another node
 * sharing the directory is committing right now is never touched.
 */
@Component
class OrphanFileSweeper {

	private static final Logger log = LoggerFactory.getLogger(OrphanFileSweeper.class);

	private final LocalFileStorage storage;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration grace;

	OrphanFileSweeper(LocalFileStorage storage, JdbcClient jdbc, Clock clock,
			@Value("${portal.files.orphan-grace:PT1H}") Duration grace) {
		this.storage = storage;
		this.jdbc = jdbc;
		this.clock = clock;
		this.grace = grace;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sweepAtStart() {
		try {
			int removed = sweep();
			if (removed > 0) {
				log.warn("Removed {} stored file(s) that no dossier records (left by a transaction that did not commit)", removed);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not sweep orphaned files: {}", ex.toString());
		}
	}

	/** @return how many files were removed */
	int sweep() throws IOException {
		List<String> keys = storage.keysOlderThan(clock.instant().minus(grace));
		int removed = 0;
		for (int from = 0; from < keys.size(); from += 500) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
			Set<String> recorded = new HashSet<>(jdbc.sql("select storage_key from nomination_attachment where storage_key in (:keys)")
				.param("keys", chunk).query(String.class).list());
			for (String key : chunk) {
				if (!recorded.contains(key)) {
					storage.delete(key);
					removed++;
				}
			}
		}
		return removed;
	}

}
