package vn.i4impact.portal.program;

import java.util.Locale;
import java.util.Set;

import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.UnitType;

/** An award as other modules see it: enough to file a nomination under it and to show its name. */
public record AwardInfo(long id, long editionId, String editionCode, int editionYear, String editionShortName,
		boolean editionDemo, String code, String nameVi, String nameEn, String categoryCode, String categoryNameVi,
		String categoryNameEn, Set<UnitType> nomineeTypes, boolean hidden) {

	public String name(Locale locale) {
		return Localized.pick(locale, nameVi, nameEn);
	}

	public String categoryName(Locale locale) {
		return Localized.pick(locale, categoryNameVi, categoryNameEn);
	}

	public boolean accepts(UnitType type) {
		return nomineeTypes.contains(type);
	}

	/** Awards for people (4.2 Innovation Leadership) take a person as nominee; others a unit. */
	public boolean acceptsPeople() {
		return nomineeTypes.contains(UnitType.INDIVIDUAL);
	}

	public boolean acceptsUnits() {
		return nomineeTypes.stream().anyMatch(t -> t != UnitType.INDIVIDUAL);
	}

}
