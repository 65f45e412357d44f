package vn.i4impact.portal.jury.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.CategoryInfo;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * The categories' panels of a round and which panel scores each award, for the secretariat's round page. Read by
 * the fragment {@code secretariat/jury-cpanel} as {@code @juryPanelOverview.of(round)}, so the shared round page and
 * its controller need no change beyond including the fragment.
 */
@Component("juryPanelOverview")
public class PanelOverview {

	/** A category, its panel (null: none) and its awards. */
	public record CategoryRow(CategoryInfo category, Panels.Panel panel, List<AwardInfo> awards) {

		public String awardCodes() {
			return awards.stream().map(AwardInfo::code).collect(Collectors.joining(", "));
		}

	}

	/** An award and the panel that scores it: its own, its category's, or none (panel null). */
	public record AwardRow(AwardInfo award, CategoryInfo category, Panels.Panel panel) {

		public boolean own() {
			return panel != null && !panel.forCategory();
		}

		public boolean byCategory() {
			return panel != null && panel.forCategory();
		}

	}

	public record Overview(List<CategoryRow> categories, List<AwardRow> awards) {
	}

	private final Panels panels;

	private final ProgramCatalog program;

	PanelOverview(Panels panels, ProgramCatalog program) {
		this.panels = panels;
		this.program = program;
	}

	public Overview of(Round round) {
		List<AwardInfo> awards = program.awards(round.getEditionId());
		List<CategoryInfo> categories = program.categories(round.getEditionId());
		Map<String, CategoryInfo> byCode = categories.stream()
			.collect(Collectors.toMap(CategoryInfo::code, Function.identity()));
		Map<Long, Panels.Panel> ofCategory = panels.ofCategories(round.getId());
		Map<Long, Panels.Panel> applies = panels.byAward(round.getId());
		List<CategoryRow> rows = categories.stream()
			.map(c -> new CategoryRow(c, ofCategory.get(c.id()),
					awards.stream().filter(a -> a.categoryCode().equals(c.code())).toList()))
			.toList();
		List<AwardRow> awardRows = awards.stream()
			.map(a -> new AwardRow(a, byCode.get(a.categoryCode()), applies.get(a.id())))
			.toList();
		return new Overview(rows, awardRows);
	}

}
