package vn.i4impact.portal.nomination.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.AnswerRules;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * How the unit's dossier form answers a refused save, so that no handler of {@link NominationController} catches
 * anything and nothing typed is lost:
 * <ul>
 * <li>someone saved first (a stale version): the form again with what was typed and what is stored now, status 409;</li>
 * <li>an answer over its limit: the form again as typed with the field's message, status 422;</li>
 * <li>a rule refuses the step: back to the dossier with the reason, the reply to the secretariat kept;</li>
 * <li>for the htmx autosave, each of these is a line in the small status fragment instead.</li>
 * </ul>
 */
@ControllerAdvice(assignableTypes = NominationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DraftRefusals {

	/** The autosave's answer: a status line and the new version (out of band). */
	static final String AUTOSAVED = "my/nomination-form :: autosaved";

	private final DraftPage page;

	DraftRefusals(DraftPage page) {
		this.page = page;
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	ModelAndView stale(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
			HttpServletResponse response) {
		if (autosave(request)) {
			return new ModelAndView(AUTOSAVED, Map.of("stale", true));
		}
		ExtendedModelMap model = model(request);
		String view = page.conflict(me, id(request), request.getParameter("title"), typed(request),
				request.getParameter("reply"), model, response);
		return new ModelAndView(view, model);
	}

	@ExceptionHandler(AnswerRules.TooLongException.class)
	ModelAndView tooLong(AnswerRules.TooLongException ex, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request, HttpServletResponse response) {
		if (autosave(request)) {
			return new ModelAndView(AUTOSAVED, Map.of("refused", "answer.tooLong"));
		}
		ExtendedModelMap model = model(request);
		String view = page.tooLong(me, id(request), Long.parseLong(request.getParameter("version")),
				request.getParameter("title"), typed(request), request.getParameter("reply"), ex, model, response);
		return new ModelAndView(view, model);
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException ex, HttpServletRequest request) {
		if (autosave(request)) {
			return new ModelAndView(AUTOSAVED, Map.of("refused", ex.messageKey()));
		}
		Flash.error(request, ex.messageKey(), ex.args());
		if (request.getRequestURI().endsWith("/submit")) {
			// a refused submission: every required mark shown, and the reply to the secretariat kept
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("checkAll", true);
			flash.put("reply", request.getParameter("reply"));
		}
		return new ModelAndView("redirect:/my/nominations/" + id(request));
	}

	private static boolean autosave(HttpServletRequest request) {
		return request.getRequestURI().endsWith("/autosave");
	}

	private static long id(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return Long.parseLong(variables.get("id"));
	}

	private static Map<Long, String> typed(HttpServletRequest request) {
		Map<String, String> params = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
		return DraftPage.typed(params);
	}

	/** What every page's layout reads, which an exception handler's model does not get by itself. */
	private static ExtendedModelMap model(HttpServletRequest request) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("currentPath", request.getRequestURI());
		return model;
	}

}
