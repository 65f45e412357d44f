package vn.i4impact.portal.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.i4impact.portal.shared.Localized;

/**
 * A question of the nomination form as the applicant sees it; what {@code fragments/questions.html} renders. Common
 * questions (asked for every award) have no award code.
 */
public record Question(long id, String awardCode, String labelVi, String labelEn, String helpVi, String helpEn,
		QuestionKind kind, boolean required, Integer wordLimit, String unitVi, String unitEn, List<String> optionsVi,
		List<String> optionsEn, List<String> fileKinds) {

	public boolean isCommon() {
		return awardCode == null;
	}

	public String label(Locale locale) {
		return Localized.pick(locale, labelVi, labelEn);
	}

	public String help(Locale locale) {
		return Localized.pick(locale, helpVi, helpEn);
	}

	public String unit(Locale locale) {
		return Localized.pick(locale, unitVi, unitEn);
	}

	/** Choices in the reader's language; English falls back to Vietnamese when its list does not match. */
	public List<String> options(Locale locale) {
		boolean en = "en".equals(locale.getLanguage());
		return en && optionsEn != null && optionsVi != null && optionsEn.size() == optionsVi.size() ? optionsEn
				: optionsVi == null ? List.of() : optionsVi;
	}

	/**
	 * A valid answer of this question's kind, for demo dossiers: {@code text} for the text kinds, a plausible value
	 * otherwise. Not for file questions.
	 */
	public String sampleAnswer(String text) {
		return switch (kind) {
			case INTEGER -> "12000";
			case DECIMAL -> "2,5";
			case DATE -> "2025-03-01";
			case YES_NO -> "true";
			case SINGLE_CHOICE -> "0";
			case URL -> "https://i4impact.vn/demo";
			default -> text;
		};
	}

	/** The HTML name and id of the answer field, stable for a question. */
	public String fieldName() {
		return "q" + id;
	}

	/** The {@code accept} attribute of a file input, e.g. {@code .pdf,.docx}. */
	public String accept() {
		return fileKinds == null ? null
				: String.join(",", fileKinds.stream().map(k -> "." + k.toLowerCase(Locale.ROOT)).toList());
	}

	/** The ids of the help, limit and unit texts shown with the field, for {@code aria-describedby}; null if none. */
	public String describedBy(Locale locale) {
		List<String> ids = new ArrayList<>();
		if (help(locale) != null) {
			ids.add(fieldName() + "-help");
		}
		if (wordLimit != null || kind.isFile()) {
			ids.add(fieldName() + "-limit");
		}
		if (kind.hasUnit() && unit(locale) != null) {
			ids.add(fieldName() + "-unit");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	public boolean isEnglishMissing() {
		return labelEn == null || labelEn.isBlank();
	}

}
