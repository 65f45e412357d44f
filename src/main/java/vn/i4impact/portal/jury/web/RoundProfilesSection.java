package vn.i4impact.portal.jury.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.jury.internal.JurorProfiles;
import vn.i4impact.portal.jury.internal.LateDossiers;
import vn.i4impact.portal.nomination.DossierContent.Candidate;

/**
 * What the round page's own section (secretariat/jury-prof.html) reads, called from the template, so the shared round
 * controller and page need no more than one {@code th:replace}: dossiers waiting to be added, assignments a conflict
 * now blocks, and the members whose profiles can be opened.
 */
@Component("juryRoundProfiles")
public class RoundProfilesSection {

	private final LateDossiers late;

	private final JurorProfiles profiles;

	RoundProfilesSection(LateDossiers late, JurorProfiles profiles) {
		this.late = late;
		this.profiles = profiles;
	}

	public List<Candidate> waiting(long roundId) {
		return late.waiting(roundId);
	}

	public List<JurorProfiles.Blocked> blocked(long roundId) {
		return profiles.blocked(roundId);
	}

	public List<JurorProfiles.Member> members(long roundId) {
		return profiles.members(roundId);
	}

}
