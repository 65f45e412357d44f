package vn.i4impact.portal.jury.internal;

import java.util.List;

/**
 * A juror as conflict detection and the panels see them: the account and the profile with declared affiliations.
 * @param taxCode the tax code of the juror's organisation, when it has one
 */
public record JurorProfile(long userId, String email, String fullName, String title, String organisation,
		String taxCode, String fields, List<Affiliation> affiliations) {

	/** An organisation (with its tax code when known) or a person (with an e-mail when known) the juror is tied to. */
	public record Affiliation(Kind kind, String name, String taxCode, String email) {

		public enum Kind {
			ORGANISATION, PERSON
		}

	}

}
