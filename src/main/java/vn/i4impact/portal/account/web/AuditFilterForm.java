package vn.i4impact.portal.account.web;

import jakarta.validation.constraints.Size;

/** The audit log's filters, bound from the query string so a filtered view can be bookmarked. */
public class AuditFilterForm {

	@Size(max = 100, message = "{field.tooLong}")
	private String actor = "";

	@Size(max = 60, message = "{field.tooLong}")
	private String action = "";

	@Size(max = 60, message = "{field.tooLong}")
	private String targetType = "";

	@Size(max = 100, message = "{field.tooLong}")
	private String targetId = "";

	/** dd/MM/yyyy, checked by the controller so the message can name the expected form. */
	private String from = "";

	private String to = "";

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getTargetType() {
		return targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
