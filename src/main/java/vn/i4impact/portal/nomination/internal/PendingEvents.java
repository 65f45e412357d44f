package vn.i4impact.portal.nomination.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a dossier has done since it was loaded, waiting for the repository's {@code save} to publish it: first the
 * history lines, then the events. Events are built at publication, when a new dossier has its id.
 */
final class PendingEvents {

	private final List<NominationHistory> history = new ArrayList<>();

	private final List<Supplier<Object>> events = new ArrayList<>();

	void history(NominationHistory line) {
		history.add(line);
	}

	void event(Supplier<Object> event) {
		events.add(event);
	}

	Collection<Object> publish(long nominationId) {
		List<Object> out = new ArrayList<>();
		for (NominationHistory h : history) {
			out.add(new NominationHistory.Appended(h.of(nominationId)));
		}
		events.forEach(e -> out.add(e.get()));
		return out;
	}

	void clear() {
		history.clear();
		events.clear();
	}

}
