package vn.i4impact.portal.program.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.CategoryInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.program.Timeline;

@Service
@Transactional(readOnly = true)
class JpaProgramCatalog implements ProgramCatalog {

	private final AwardRepository awards;

	private final EditionRepository editions;

	private final AwardQuestionRepository questions;

	private final CategoryRepository categories;

	JpaProgramCatalog(AwardRepository awards, EditionRepository editions, AwardQuestionRepository questions,
			CategoryRepository categories) {
		this.categories = categories;
		this.awards = awards;
		this.editions = editions;
		this.questions = questions;
	}

	static AwardInfo info(Award a) {
		Edition e = a.getEdition();
		Category c = a.getCategory();
		return new AwardInfo(a.getId(), e.getId(), e.getCode(), e.getYear(), e.getShortName(), e.isDemo(), a.getCode(),
				a.getNameVi(), a.getNameEn(), c.getCode(), c.getNameVi(), c.getNameEn(), a.getNomineeTypes(),
				a.isHidden());
	}

	@Override
	public Optional<AwardInfo> award(long awardId) {
		return awards.findInfo(awardId).map(JpaProgramCatalog::info);
	}

	@Override
	public Optional<AwardInfo> award(String editionCode, String awardCode) {
		return awards.findPublic(editionCode, awardCode).map(JpaProgramCatalog::info);
	}

	@Override
	public List<AwardInfo> openAwards(Instant now) {
		List<AwardInfo> open = new ArrayList<>();
		for (Edition e : editions.findPublic()) {
			if (e.timeline().isNominationOpen(now)) {
				awards.findAllInfo(e.getId()).stream().filter(a -> !a.isHidden()).map(JpaProgramCatalog::info)
					.forEach(open::add);
			}
		}
		return open;
	}

	@Override
	public List<AwardInfo> awards(long editionId) {
		return awards.findAllInfo(editionId).stream().map(JpaProgramCatalog::info).toList();
	}

	@Override
	public List<CategoryInfo> categories(long editionId) {
		return categories.findByEdition(editionId).stream()
			.map(c -> new CategoryInfo(c.getId(), editionId, c.getCode(), c.getNameVi(), c.getNameEn()))
			.toList();
	}

	@Override
	public List<Question> questions(long awardId) {
		Award award = awards.findInfo(awardId).orElseThrow();
		List<Question> all = new ArrayList<>();
		questions.findCommon(award.getEdition().getId()).forEach(q -> all.add(q.toQuestion()));
		questions.findForAward(awardId).forEach(q -> all.add(q.toQuestion()));
		return all;
	}

	@Override
	public Timeline timeline(long editionId) {
		return editions.findById(editionId).map(Edition::timeline).orElseThrow();
	}

}
