package vn.i4impact.portal.jury.internal;

import java.util.List;
import java.util.Locale;

import vn.i4impact.portal.shared.Localized;

/**
 * One criterion of a round, for one award or (awardId null) for the round's awards without a set of their own.
 * Scores are whole numbers from {@code scaleMin} to {@code scaleMax}; the weights of a set add up to 100.
 */
public record Criterion(Long id, long roundId, Long awardId, String code, String nameVi, String nameEn,
		String descriptionVi, String descriptionEn, String levelsVi, String levelsEn, int weight, int scaleMin,
		int scaleMax, int sortOrder) {

	public static final int DEFAULT_MIN = 0;

	public static final int DEFAULT_MAX = 10;

	public String name(Locale locale) {
		return Localized.pick(locale, nameVi, nameEn);
	}

	public String description(Locale locale) {
		return Localized.pick(locale, descriptionVi, descriptionEn);
	}

	/** The level descriptors, one per line ("1: …", "5: …", "10: …"). */
	public List<String> levels(Locale locale) {
		String text = Localized.pick(locale, levelsVi, levelsEn);
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public boolean accepts(int score) {
		return score >= scaleMin && score <= scaleMax;
	}

}
