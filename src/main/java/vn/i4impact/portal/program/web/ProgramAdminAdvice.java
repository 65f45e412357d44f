package vn.i4impact.portal.program.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What the committee's program screens share: text fields arrive trimmed, and blank ones as null, so a field of
 * spaces is "missing" for validation and never stored. Refused steps are mapped by the shared advice
 * ({@link vn.i4impact.portal.shared.web.OnRefusal}); rule messages on fields by {@link AdminSupport#reject}.
 */
@ControllerAdvice(assignableTypes = { EditionAdminController.class, CategoryAdminController.class,
		AwardAdminController.class, QuestionAdminController.class })
class ProgramAdminAdvice {

	@InitBinder
	void trim(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

}
