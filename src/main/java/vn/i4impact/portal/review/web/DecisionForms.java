package vn.i4impact.portal.review.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.i4impact.portal.nomination.IneligibleReason;

/** The forms of the dossier page's decision panel; each carries the version the secretary was looking at. */
final class DecisionForms {

	private DecisionForms() {
	}

	static class Changes {

		private long version;

		@NotBlank(message = "{decision.changes.message.required}")
		@Size(max = 4000, message = "{decision.text.tooLong}")
		private String message;

		@NotNull(message = "{decision.changes.due.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate due;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getMessage() {
			return message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public LocalDate getDue() {
			return due;
		}

		public void setDue(LocalDate due) {
			this.due = due;
		}

	}

	static class Ineligible {

		/** Set by the confirmation page: the first post of this decision only shows what it will do. */
		private boolean confirmed;

		public boolean isConfirmed() {
			return confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

		private long version;

		@NotNull(message = "{decision.ineligible.reason.required}")
		private IneligibleReason reason;

		@Size(max = 4000, message = "{decision.text.tooLong}")
		private String note;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public IneligibleReason getReason() {
			return reason;
		}

		public void setReason(IneligibleReason reason) {
			this.reason = reason;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	static class Move {

		/** Set by the confirmation page: the first post of this decision only shows what it will do. */
		private boolean confirmed;

		public boolean isConfirmed() {
			return confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

		private long version;

		@NotNull(message = "{decision.move.award.required}")
		private Long award;

		@Size(max = 4000, message = "{decision.text.tooLong}")
		private String note;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public Long getAward() {
			return award;
		}

		public void setAward(Long award) {
			this.award = award;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	static class NoteForm {

		@NotBlank(message = "{review.note.required}")
		@Size(max = 4000, message = "{decision.text.tooLong}")
		private String body;

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

	}

}
