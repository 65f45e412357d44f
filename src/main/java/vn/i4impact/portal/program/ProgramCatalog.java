package vn.i4impact.portal.program;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read-only facts about editions, awards and their questions, for the modules that build on the program. */
public interface ProgramCatalog {

	Optional<AwardInfo> award(long awardId);

	Optional<AwardInfo> award(String editionCode, String awardCode);

	/** Awards, not hidden, of editions whose nomination window is open at {@code now}, in program order. */
	List<AwardInfo> openAwards(Instant now);

	/** Every award of an edition, hidden ones too, in program order (category, then award). */
	List<AwardInfo> awards(long editionId);

	/** The categories of an edition in program order; an award belongs to the one whose code it carries. */
	List<CategoryInfo> categories(long editionId);

	/** The form of an award: the edition's common questions, then the award's own, each in order. */
	List<Question> questions(long awardId);

	Timeline timeline(long editionId);

}
