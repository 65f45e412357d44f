package vn.i4impact.portal.nomination.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.program.Question;

/**
 * The dossier form in sections, for templates ({@code ${@dossierSections.of(questions, missing)}}): the questions
 * every award asks, the award's own, then the files; each says how many of its questions still need something, so
 * the table of contents can show what is complete. Empty sections are left out.
 */
@Component("dossierSections")
public class DossierSections {

	/** A part of the form: its anchor, the message key of its heading, its questions, how many still need work. */
	public record Section(String anchor, String titleKey, List<Question> questions, int missing) {

		public boolean complete() {
			return missing == 0;
		}

	}

	public List<Section> of(List<Question> questions, Map<Long, String> missing) {
		List<Section> sections = new ArrayList<>();
		add(sections, "section-common", "dossierSection.common", questions, q -> q.isCommon() && !q.kind().isFile(),
				missing);
		add(sections, "section-award", "dossierSection.award", questions, q -> !q.isCommon() && !q.kind().isFile(),
				missing);
		add(sections, "section-files", "dossierSection.files", questions, q -> q.kind().isFile(), missing);
		return sections;
	}

	private static void add(List<Section> sections, String anchor, String key, List<Question> all,
			Predicate<Question> in, Map<Long, String> missing) {
		List<Question> part = all.stream().filter(in).toList();
		if (!part.isEmpty()) {
			int open = (int) part.stream().filter(q -> missing != null && missing.containsKey(q.id())).count();
			sections.add(new Section(anchor, key, part, open));
		}
	}

}
