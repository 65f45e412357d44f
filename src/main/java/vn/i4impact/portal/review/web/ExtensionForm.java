package vn.i4impact.portal.review.web;

import jakarta.validation.constraints.NotBlank;

/** The new deadline as typed, dd/MM/yyyy HH:mm in Vietnam time; kept as text so a mistyped value is shown back. */
class ExtensionForm {

	@NotBlank
	private String until;

	public String getUntil() {
		return until;
	}

	public void setUntil(String until) {
		this.until = until;
	}

}
