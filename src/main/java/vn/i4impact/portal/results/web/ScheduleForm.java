package vn.i4impact.portal.results.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import vn.i4impact.portal.shared.PortalTime;

/** The publication instant as typed: a date and time in Vietnam time ({@code datetime-local}). */
class ScheduleForm {

	private String publishAt;

	static ScheduleForm of(Instant instant) {
		var form = new ScheduleForm();
		form.publishAt = instant == null ? null
				: LocalDateTime.ofInstant(instant, PortalTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
		return form;
	}

	/** The instant, or null when it is empty or unreadable (the controller says which). */
	Instant toInstant() {
		if (publishAt == null || publishAt.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(publishAt.strip()).atZone(PortalTime.ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public String getPublishAt() { return publishAt; }
	public void setPublishAt(String publishAt) { this.publishAt = publishAt; }

}
