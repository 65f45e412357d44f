package vn.i4impact.portal.nomination;

import java.util.Map;

/**
 * A unit's application made by another module on the unit's behalf (the demo data, an import of dossiers), through
 * the same rules, history and events as the unit's own screens: a draft, its answers and files, the submission and
 * its receipt. Every method acts as the given applicant, on a dossier of that applicant's unit.
 */
public interface UnitApplications {

	/** Starts a self-nomination of the applicant's unit for the award. @return the dossier's id */
	long startSelf(long applicantId, long awardId);

	/** A person nominated by the applicant's unit (the person is asked to consent, as from the unit's screen). */
	record Person(String name, String position, String organisation, String email, String phone) {
	}

	/** Starts a nomination of a person by the applicant's unit for the award. @return the dossier's id */
	long startForPerson(long applicantId, long awardId, Person person);

	/** Saves the title and the answers (by question id) on the draft, as the form's Save would. */
	void answer(long applicantId, long dossierId, String title, Map<Long, String> answers);

	/** Attaches a file to a file question, with the checks of an upload (type, size). */
	void attach(long applicantId, long dossierId, long questionId, byte[] content, String fileName);

	/** Submits the complete dossier before its deadline. @return its reference code */
	String submit(long applicantId, long dossierId);

}
