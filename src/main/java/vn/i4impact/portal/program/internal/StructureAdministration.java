package vn.i4impact.portal.program.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The committee's changes to an edition's categories and awards, each in one transaction with its audit entry; an
 * award (or category) that submitted dossiers use cannot be removed ({@link AwardRemovalGuard}).
 */
@Service
@Transactional
public class StructureAdministration {

	public record CategoryData(String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn) {
	}

	public record AwardData(long categoryId, String code, String nameVi, String nameEn, String summaryVi,
			String summaryEn, String descriptionVi, String descriptionEn, Integer plannedHonourees,
			Set<UnitType> nomineeTypes) {
	}

	private final EditionAdministration editions;

	private final CategoryRepository categories;

	private final AwardRepository awards;

	private final AwardRemovalGuard guard;

	private final AuditTrail audit;

	StructureAdministration(EditionAdministration editions, CategoryRepository categories, AwardRepository awards,
			AwardRemovalGuard guard, AuditTrail audit) {
		this.editions = editions;
		this.categories = categories;
		this.awards = awards;
		this.guard = guard;
		this.audit = audit;
	}

	private Edition edition(String code) {
		return editions.edition(code);
	}

	public Category category(Edition edition, long id) {
		return categories.findById(id).filter(c -> c.getEdition().getId().equals(edition.getId()))
			.orElseThrow(NotFoundException::new);
	}

	public Category createCategory(String editionCode, CategoryData data) {
		Edition edition = edition(editionCode);
		if (categories.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.category.codeTaken", data.code());
		}
		int order = categories.findByEdition(edition.getId()).stream().mapToInt(Category::getSortOrder).max().orElse(0) + 1;
		Category category = new Category(edition, data.code(), order);
		category.describe(data.code(), data.nameVi(), data.nameEn(), data.descriptionVi(), data.descriptionEn());
		categories.save(category);
		audit.record("category.create", "category", category.getId(), "Category " + data.code() + " in " + editionCode,
				null, categoryMap(category));
		return category;
	}

	public void updateCategory(String editionCode, long id, long version, CategoryData data) {
		Edition edition = edition(editionCode);
		Category category = category(edition, id);
		AdminChanges.checkVersion(category.getVersion(), version);
		if (!category.getCode().equals(data.code()) && categories.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.category.codeTaken", data.code());
		}
		Map<String, Object> before = categoryMap(category);
		category.describe(data.code(), data.nameVi(), data.nameEn(), data.descriptionVi(), data.descriptionEn());
		AdminChanges.recordChange(audit, "category.update", "category", id, "Category " + data.code() + " in " + editionCode, before,
				categoryMap(category));
	}

	public void moveCategory(String editionCode, long id, boolean up) {
		Edition edition = edition(editionCode);
		List<Category> list = new ArrayList<>(categories.findByEdition(edition.getId()));
		Category category = category(edition, id);
		if (AdminChanges.swap(list, list.indexOf(category), up, Category::setSortOrder)) {
			audit.record("category.move", "category", id, "Moved category " + category.getCode() + (up ? " up" : " down"),
					null, Map.of("order", category.getSortOrder()));
		}
	}

	public void deleteCategory(String editionCode, long id) {
		Edition edition = edition(editionCode);
		Category category = category(edition, id);
		List<Long> awardIds = awards.findByCategory(id).stream().map(Award::getId).toList();
		long used = guard.submittedNominations(awardIds);
		if (used > 0) {
			throw new RuleException(null, "admin.category.inUse", category.getCode(), used);
		}
		Map<String, Object> before = categoryMap(category);
		before.put("awards", awardIds.size());
		categories.delete(category);
		audit.record("category.delete", "category", id, "Removed category " + category.getCode() + " from " + editionCode,
				before, null);
	}

	public Award award(Edition edition, String awardCode) {
		return awards.findPublic(edition.getCode(), awardCode).orElseThrow(NotFoundException::new);
	}

	public Award createAward(String editionCode, AwardData data) {
		Edition edition = edition(editionCode);
		Category category = category(edition, data.categoryId());
		if (awards.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.award.codeTaken", data.code());
		}
		int order = awards.findByEdition(edition.getId()).stream().mapToInt(Award::getSortOrder).max().orElse(0) + 1;
		Award award = new Award(edition, category, data.code(), order);
		describe(award, category, data);
		awards.save(award);
		audit.record("award.create", "award", award.getId(), "Award " + data.code() + " in " + editionCode, null,
				awardMap(award));
		return award;
	}

	public void updateAward(String editionCode, String awardCode, long version, AwardData data) {
		Edition edition = edition(editionCode);
		Award award = award(edition, awardCode);
		AdminChanges.checkVersion(award.getVersion(), version);
		Category category = category(edition, data.categoryId());
		if (!awardCode.equals(data.code()) && awards.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.award.codeTaken", data.code());
		}
		Map<String, Object> before = awardMap(award);
		describe(award, category, data);
		AdminChanges.recordChange(audit, "award.update", "award", award.getId(), "Award " + data.code() + " in " + editionCode, before,
				awardMap(award));
	}

	public void setAwardHidden(String editionCode, String awardCode, boolean hidden) {
		Award award = award(edition(editionCode), awardCode);
		if (award.isHidden() == hidden) {
			return;
		}
		award.setHidden(hidden);
		audit.record(hidden ? "award.hide" : "award.show", "award", award.getId(),
				(hidden ? "Hid award " : "Showed award ") + awardCode + " in " + editionCode, Map.of("hidden", !hidden),
				Map.of("hidden", hidden));
	}

	public void moveAward(String editionCode, String awardCode, boolean up) {
		Edition edition = edition(editionCode);
		Award award = award(edition, awardCode);
		// awards move within their category: that is the order every page shows them in
		List<Award> list = new ArrayList<>(awards.findByCategory(award.getCategory().getId()));
		if (AdminChanges.swap(list, list.indexOf(award), up, Award::setSortOrder)) {
			audit.record("award.move", "award", award.getId(), "Moved award " + awardCode + (up ? " up" : " down"), null,
					Map.of("order", award.getSortOrder()));
		}
	}

	public void deleteAward(String editionCode, String awardCode) {
		Edition edition = edition(editionCode);
		Award award = award(edition, awardCode);
		long used = guard.submittedNominations(List.of(award.getId()));
		if (used > 0) {
			throw new RuleException(null, "admin.award.inUse", awardCode, used);
		}
		Map<String, Object> before = awardMap(award);
		awards.delete(award);
		audit.record("award.delete", "award", award.getId(), "Removed award " + awardCode + " from " + editionCode,
				before, null);
	}

	private static void describe(Award award, Category category, AwardData d) {
		award.describe(category, d.code(), d.nameVi(), d.nameEn(), d.summaryVi(), d.summaryEn(), d.descriptionVi(),
				d.descriptionEn(), d.plannedHonourees(), d.nomineeTypes());
	}

	private static Map<String, Object> categoryMap(Category c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", c.getCode());
		m.put("nameVi", c.getNameVi());
		m.put("nameEn", c.getNameEn());
		m.put("descriptionVi", c.getDescriptionVi());
		m.put("descriptionEn", c.getDescriptionEn());
		return m;
	}

	private static Map<String, Object> awardMap(Award a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("category", a.getCategory().getCode());
		m.put("code", a.getCode());
		m.put("nameVi", a.getNameVi());
		m.put("nameEn", a.getNameEn());
		m.put("summaryVi", a.getSummaryVi());
		m.put("summaryEn", a.getSummaryEn());
		m.put("descriptionVi", a.getDescriptionVi());
		m.put("descriptionEn", a.getDescriptionEn());
		m.put("plannedHonourees", a.getPlannedHonourees());
		m.put("nomineeTypes", a.getNomineeTypes().stream().map(Enum::name).toList());
		return m;
	}

}
