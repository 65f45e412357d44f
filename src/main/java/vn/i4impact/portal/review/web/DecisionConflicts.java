package vn.i4impact.portal.review.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.shared.ConflictException;

/**
 * A decision that lost a race with a colleague's ({@link ConflictException}) re-renders the dossier page with status
 * 409: the colleague's result on screen, the decision's panel open and what this secretary typed still in its form.
 * When the dossier is no longer the secretariat's at all (the unit took it back), the 409 page says why.
 */
@ControllerAdvice(assignableTypes = DossierController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionConflicts {

	/** The decision panels, by the last segment of their URL, and the form each posts. */
	private static final Map<String, Class<?>> FORMS = Map.of("changes", DecisionForms.Changes.class, "ineligible",
			DecisionForms.Ineligible.class, "move", DecisionForms.Move.class);

	private final DossierPage page;

	private final ConversionService conversions;

	DecisionConflicts(DossierPage page, ConversionService mvcConversionService) {
		this.page = page;
		this.conversions = mvcConversionService;
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("currentPath", request.getRequestURI());
		if (ex.messageKey() != null) {
			model.addAttribute("messageKey", ex.messageKey());
			model.addAttribute("path", request.getRequestURI());
			return new ModelAndView("error/409", model);
		}
		String uri = request.getRequestURI();
		String panel = uri.substring(uri.lastIndexOf('/') + 1);
		Class<?> formType = FORMS.get(panel);
		if (formType != null) {
			Object form = BeanUtils.instantiateClass(formType);
			ServletRequestDataBinder binder = new ServletRequestDataBinder(form, panel);
			binder.setConversionService(conversions);
			binder.bind(request);
			model.addAttribute(panel, form);
			model.addAttribute("openPanel", panel);
		}
		model.addAttribute("conflict", true);
		model.addAttribute("meId", me == null ? null : me.id());
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return new ModelAndView(page.render(Long.parseLong(variables.get("id")), model), model);
	}

}
