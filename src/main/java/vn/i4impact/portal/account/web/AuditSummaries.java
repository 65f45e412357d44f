package vn.i4impact.portal.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The program administration writes its audit summaries as English sentences ("Status of x: OPEN → IN_REVIEW").
 * Rather than change what is stored (old entries would stay English), each known action's sentence is read back
 * into a message key and its arguments: {@code audit.summary.<action>}, with ".up"/".down" for moves and
 * ".all" for a question of every award; edition statuses become their names. Unknown text is left as written.
 */
final class AuditSummaries {

	/** A message key and its arguments; an argument {@code status:X} is the edition status X in the reader's words. */
	record Words(String key, List<String> args) {
	}

	private static final String ANY = "(.+)";

	private static final Map<String, Pattern> SENTENCES = Map.ofEntries(
			Map.entry("edition.create", Pattern.compile("Created edition " + ANY)),
			Map.entry("edition.update", Pattern.compile("Edited edition " + ANY)),
			Map.entry("edition.status", Pattern.compile("Status of " + ANY + ": ([A-Z_]+) → ([A-Z_]+)")),
			Map.entry("edition.current", Pattern.compile("Current edition: " + ANY)),
			Map.entry("edition.clone", Pattern.compile("Cloned (.+) into " + ANY)),
			Map.entry("edition.timeline", Pattern.compile("Timeline of " + ANY + " changed")),
			Map.entry("question.create", Pattern.compile("Question for (?:all awards|award (.+)) in " + ANY)),
			Map.entry("question.update", Pattern.compile("Edited question in " + ANY)),
			Map.entry("question.move", Pattern.compile("Moved question (up|down)")),
			Map.entry("question.delete", Pattern.compile("Removed question from " + ANY)),
			Map.entry("category.create", Pattern.compile("Category (.+) in " + ANY)),
			Map.entry("category.update", Pattern.compile("Category (.+) in " + ANY)),
			Map.entry("category.move", Pattern.compile("Moved category (.+) (up|down)")),
			Map.entry("category.delete", Pattern.compile("Removed category (.+) from " + ANY)),
			Map.entry("award.create", Pattern.compile("Award (.+) in " + ANY)),
			Map.entry("award.update", Pattern.compile("Award (.+) in " + ANY)),
			Map.entry("award.hide", Pattern.compile("Hid award (.+) in " + ANY)),
			Map.entry("award.show", Pattern.compile("Showed award (.+) in " + ANY)),
			Map.entry("award.move", Pattern.compile("Moved award (.+) (up|down)")),
			Map.entry("award.delete", Pattern.compile("Removed award (.+) from " + ANY)));

	private AuditSummaries() {
	}

	/** The words for a known action's sentence; null when the action or the sentence is not one of these. */
	static Words read(String action, String summary) {
		Pattern pattern = action == null || summary == null ? null : SENTENCES.get(action);
		Matcher m = pattern == null ? null : pattern.matcher(summary);
		if (m == null || !m.matches()) {
			return null;
		}
		String key = "audit.summary." + action;
		List<String> args = new ArrayList<>();
		for (int i = 1; i <= m.groupCount(); i++) {
			String group = m.group(i);
			if (group == null) {
				key += ".all";
			}
			else if (i == m.groupCount() && (group.equals("up") || group.equals("down"))) {
				key += "." + group;
			}
			else {
				args.add("edition.status".equals(action) && i > 1 ? "status:" + group : group);
			}
		}
		return new Words(key, args);
	}

}
