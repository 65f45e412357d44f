package vn.i4impact.portal.nomination.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stores the history lines a dossier appended, in the transaction that changed it (before its other events). */
@Component
class NominationHistoryRecorder {

	private final NominationHistoryRepository history;

	NominationHistoryRecorder(NominationHistoryRepository history) {
		this.history = history;
	}

	@EventListener
	void on(NominationHistory.Appended appended) {
		history.save(appended.row());
	}

}
