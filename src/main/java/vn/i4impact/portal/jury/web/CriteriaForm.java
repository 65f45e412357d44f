package vn.i4impact.portal.jury.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import vn.i4impact.portal.jury.internal.CriteriaRules;
import vn.i4impact.portal.jury.internal.Criterion;

/**
 * A whole set of criteria as one form. Every field is kept as typed (text), so a refused value comes back as the user
 * wrote it; {@link #validate} names the faulty fields, {@link #toData} gives the rows to store. A row left entirely
 * blank (an added row not filled in) is dropped.
 */
public class CriteriaForm {

	public static final int MAX_ROWS = 20;

	private String stamp = "";

	private List<Row> rows = new ArrayList<>();

	public static CriteriaForm of(List<Criterion> set, String stamp) {
		CriteriaForm form = new CriteriaForm();
		form.stamp = stamp;
		set.forEach(c -> form.rows.add(Row.of(c)));
		if (form.rows.isEmpty()) {
			form.rows.add(new Row());
		}
		return form;
	}

	/** Adds an empty row (the "add a row" button), up to {@link #MAX_ROWS}. */
	public void addRow() {
		if (rows.size() < MAX_ROWS) {
			rows.add(new Row());
		}
	}

	/** Removes a row by its position as the form numbered it; anything else is ignored. */
	public void removeRow(String index) {
		try {
			int i = Integer.parseInt(index.strip());
			if (i >= 0 && i < rows.size()) {
				rows.remove(i);
			}
		}
		catch (NumberFormatException | NullPointerException ex) {
			// a tampered button: nothing to remove
		}
	}

	/** The sum of the weights that are whole numbers, as the page shows it. */
	public int total() {
		return rows.stream().map(r -> whole(r.weight)).filter(w -> w != null).mapToInt(Integer::intValue).sum();
	}

	/** Field messages for anything the rules refuse; the total and the count as messages of the whole form. */
	public void validate(Errors errors) {
		rows.removeIf(Row::blank);
		if (rows.isEmpty()) {
			errors.reject("jury.crit.error.empty");
			rows.add(new Row());
			return;
		}
		if (rows.size() > MAX_ROWS) {
			errors.reject("jury.crit.error.tooMany", new Object[] { MAX_ROWS }, null);
		}
		Set<String> codes = new HashSet<>();
		boolean weightsOk = true;
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			String at = "rows[" + i + "].";
			String code = strip(r.code);
			if (code.isEmpty()) {
				errors.rejectValue(at + "code", "jury.crit.error.required");
			}
			else if (code.length() > 30) {
				errors.rejectValue(at + "code", "jury.crit.error.tooLong", new Object[] { 30 }, null);
			}
			else if (!codes.add(code.toUpperCase())) {
				errors.rejectValue(at + "code", "jury.crit.error.duplicate");
			}
			text(errors, at + "nameVi", r.nameVi, 200, true);
			text(errors, at + "nameEn", r.nameEn, 200, true);
			text(errors, at + "descriptionVi", r.descriptionVi, 4000, false);
			text(errors, at + "descriptionEn", r.descriptionEn, 4000, false);
			text(errors, at + "levelsVi", r.levelsVi, 4000, false);
			text(errors, at + "levelsEn", r.levelsEn, 4000, false);
			Integer weight = whole(r.weight);
			if (weight == null) {
				errors.rejectValue(at + "weight", "jury.crit.error.number");
				weightsOk = false;
			}
			else if (weight < 1 || weight > CriteriaRules.TOTAL_WEIGHT) {
				errors.rejectValue(at + "weight", "jury.crit.error.weight");
				weightsOk = false;
			}
			Integer min = whole(r.scaleMin);
			Integer max = whole(r.scaleMax);
			if (min == null) {
				errors.rejectValue(at + "scaleMin", "jury.crit.error.number");
			}
			else if (min < 0 || min > 99) {
				errors.rejectValue(at + "scaleMin", "jury.crit.error.scaleMin");
			}
			if (max == null) {
				errors.rejectValue(at + "scaleMax", "jury.crit.error.number");
			}
			else if (max > 100 || (min != null && max <= min)) {
				errors.rejectValue(at + "scaleMax", "jury.crit.error.scaleMax");
			}
		}
		if (weightsOk && total() != CriteriaRules.TOTAL_WEIGHT) {
			errors.reject("jury.crit.error.total", new Object[] { total() }, null);
		}
	}

	/** The rows to store, once {@link #validate} found nothing. */
	public List<Criterion> toData(long roundId, Long awardId) {
		List<Criterion> set = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			set.add(new Criterion(null, roundId, awardId, strip(r.code), strip(r.nameVi), strip(r.nameEn),
					optional(r.descriptionVi), optional(r.descriptionEn), optional(r.levelsVi), optional(r.levelsEn),
					whole(r.weight), whole(r.scaleMin), whole(r.scaleMax), i + 1));
		}
		return set;
	}

	private static void text(Errors errors, String field, String value, int max, boolean required) {
		String v = strip(value);
		if (required && v.isEmpty()) {
			errors.rejectValue(field, "jury.crit.error.required");
		}
		else if (v.length() > max) {
			errors.rejectValue(field, "jury.crit.error.tooLong", new Object[] { max }, null);
		}
	}

	/** A whole number as typed (surrounding spaces allowed); null when it is not one. */
	static Integer whole(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	private static String optional(String value) {
		String v = strip(value);
		return v.isEmpty() ? null : v;
	}

	/** One criterion as typed. */
	public static class Row {

		private String code = "";
		private String nameVi = "";
		private String nameEn = "";
		private String descriptionVi = "";
		private String descriptionEn = "";
		private String levelsVi = "";
		private String levelsEn = "";
		private String weight = "";
		private String scaleMin = String.valueOf(Criterion.DEFAULT_MIN);
		private String scaleMax = String.valueOf(Criterion.DEFAULT_MAX);

		static Row of(Criterion c) {
			Row r = new Row();
			r.code = c.code();
			r.nameVi = c.nameVi();
			r.nameEn = c.nameEn();
			r.descriptionVi = c.descriptionVi();
			r.descriptionEn = c.descriptionEn();
			r.levelsVi = c.levelsVi();
			r.levelsEn = c.levelsEn();
			r.weight = String.valueOf(c.weight());
			r.scaleMin = String.valueOf(c.scaleMin());
			r.scaleMax = String.valueOf(c.scaleMax());
			return r;
		}

		/** Nothing typed but perhaps the default scale: an added row left empty. */
		boolean blank() {
			return strip(code).isEmpty() && strip(nameVi).isEmpty() && strip(nameEn).isEmpty()
					&& strip(descriptionVi).isEmpty() && strip(descriptionEn).isEmpty() && strip(levelsVi).isEmpty()
					&& strip(levelsEn).isEmpty() && strip(weight).isEmpty();
		}

		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getNameVi() { return nameVi; }
		public void setNameVi(String nameVi) { this.nameVi = nameVi; }
		public String getNameEn() { return nameEn; }
		public void setNameEn(String nameEn) { this.nameEn = nameEn; }
		public String getDescriptionVi() { return descriptionVi; }
		public void setDescriptionVi(String descriptionVi) { this.descriptionVi = descriptionVi; }
		public String getDescriptionEn() { return descriptionEn; }
		public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
		public String getLevelsVi() { return levelsVi; }
		public void setLevelsVi(String levelsVi) { this.levelsVi = levelsVi; }
		public String getLevelsEn() { return levelsEn; }
		public void setLevelsEn(String levelsEn) { this.levelsEn = levelsEn; }
		public String getWeight() { return weight; }
		public void setWeight(String weight) { this.weight = weight; }
		public String getScaleMin() { return scaleMin; }
		public void setScaleMin(String scaleMin) { this.scaleMin = scaleMin; }
		public String getScaleMax() { return scaleMax; }
		public void setScaleMax(String scaleMax) { this.scaleMax = scaleMax; }
	}

	public String getStamp() { return stamp; }
	public void setStamp(String stamp) { this.stamp = stamp; }
	public List<Row> getRows() { return rows; }
	public void setRows(List<Row> rows) { this.rows = rows; }
}
