package vn.i4impact.portal.nomination;

/** The mail topic of a dossier (see {@code Mailer#about}): every mail about it is tagged so its page can list them. */
public final class MailTopic {

	private MailTopic() {
	}

	public static String of(long nominationId) {
		return "nomination:" + nominationId;
	}

}
