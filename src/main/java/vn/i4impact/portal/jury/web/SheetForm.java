package vn.i4impact.portal.jury.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.i4impact.portal.jury.internal.Criterion;
import vn.i4impact.portal.jury.internal.Sheet;

/**
 * What the score sheet posts, as typed: scores stay text until checked, so a wrong entry comes back with its message
 * and nothing typed is lost. Fields are named {@code score-<criterion>}, {@code comment-<criterion>}, {@code overall}.
 */
public class SheetForm {

	/** A field's message: key and arguments. */
	public record Problem(String key, Object[] args) {
	}

	public static final int COMMENT_MAX = 4000;

	private long version = -1;

	private final Map<Long, String> scores = new HashMap<>();

	private final Map<Long, String> comments = new HashMap<>();

	private String overall;

	static SheetForm of(Sheet sheet) {
		SheetForm form = new SheetForm();
		if (sheet != null) {
			form.version = sheet.version();
			sheet.rows().forEach((id, row) -> {
				form.scores.put(id, row.score() == null ? null : String.valueOf(row.score()));
				form.comments.put(id, row.comment());
			});
			form.overall = sheet.overallComment();
		}
		return form;
	}

	static SheetForm from(Map<String, String> params, List<Criterion> criteria) {
		SheetForm form = new SheetForm();
		try {
			form.version = Long.parseLong(params.getOrDefault("version", "-1").strip());
		}
		catch (NumberFormatException ex) {
			form.version = -1;
		}
		for (Criterion c : criteria) {
			form.scores.put(c.id(), params.get("score-" + c.id()));
			form.comments.put(c.id(), params.get("comment-" + c.id()));
		}
		form.overall = params.get("overall");
		return form;
	}

	/** Field name → message; {@code submitting} also requires every score and the overall comment. */
	Map<String, Problem> check(List<Criterion> criteria, boolean submitting) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		for (Criterion c : criteria) {
			String raw = score(c.id());
			if (raw.isEmpty()) {
				if (submitting) {
					problems.put("score-" + c.id(), new Problem("jury.sheet.score.required", new Object[] {}));
				}
			}
			else if (!raw.matches("-?[0-9]{1,9}")) {
				problems.put("score-" + c.id(), new Problem("jury.sheet.score.number", new Object[] { c.scaleMin(), c.scaleMax() }));
			}
			else if (!c.accepts(Integer.parseInt(raw))) {
				problems.put("score-" + c.id(), new Problem("jury.sheet.score.range", new Object[] { c.scaleMin(), c.scaleMax() }));
			}
			if (comment(c.id()).length() > COMMENT_MAX) {
				problems.put("comment-" + c.id(), new Problem("jury.sheet.comment.long", new Object[] { COMMENT_MAX }));
			}
		}
		if (submitting && getOverall().isBlank()) {
			problems.put("overall", new Problem("jury.sheet.overall.required", new Object[] {}));
		}
		else if (getOverall().length() > COMMENT_MAX) {
			problems.put("overall", new Problem("jury.sheet.comment.long", new Object[] { COMMENT_MAX }));
		}
		return problems;
	}

	/** The scores as numbers (call after {@link #check} found none wrong); empty ones are left out. */
	Map<Long, Integer> scoreValues() {
		Map<Long, Integer> values = new HashMap<>();
		scores.forEach((id, raw) -> {
			if (raw != null && !raw.isBlank()) {
				values.put(id, Integer.parseInt(raw.strip()));
			}
		});
		return values;
	}

	Map<Long, String> commentValues() {
		Map<Long, String> values = new HashMap<>();
		comments.forEach((id, text) -> {
			if (text != null) {
				values.put(id, text);
			}
		});
		return values;
	}

	public long getVersion() {
		return version;
	}

	void setVersion(long version) {
		this.version = version;
	}

	public String score(long criterionId) {
		String s = scores.get(criterionId);
		return s == null ? "" : s.strip();
	}

	public String comment(long criterionId) {
		String s = comments.get(criterionId);
		return s == null ? "" : s;
	}

	public String getOverall() {
		return overall == null ? "" : overall;
	}

}
