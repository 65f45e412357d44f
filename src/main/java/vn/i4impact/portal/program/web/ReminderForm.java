package vn.i4impact.portal.program.web;

/** The days before a unit's deadline for the first reminder, as typed (kept when it is not a number). */
public class ReminderForm {

	private String days;

	static ReminderForm of(int days) {
		ReminderForm form = new ReminderForm();
		form.days = Integer.toString(days);
		return form;
	}

	/** The number typed, or null when it is none. */
	Integer toDays() {
		try {
			return days == null ? null : Integer.valueOf(days.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getDays() {
		return days;
	}

	public void setDays(String days) {
		this.days = days;
	}

}
