package vn.i4impact.portal.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;

/** Turns the failures users can cause into the friendly pages, with the right status. */
@ControllerAdvice
class ErrorHandling {

	/** Someone else saved first: a 409 page that says so instead of silently overwriting. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		ModelAndView mav = new ModelAndView("error/409");
		mav.addObject("path", request.getRequestURI());
		return mav;
	}

	/**
	 * What no controller handled itself: a stale version (or a step the state no longer allows) is a 409 page saying
	 * why in the reader's language, never a 500.
	 */
	@ExceptionHandler(ConflictException.class)
	ModelAndView stale(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return page409(ex.messageKey(), request, response);
	}

	/**
	 * A rule refused the step: back to the page the handler names with {@link OnRefusal}, the reason as a flash
	 * message; without one, the 409 page says why.
	 */
	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException ex, HandlerMethod handler, HttpServletRequest request,
			HttpServletResponse response) {
		OnRefusal back = handler == null ? null : handler.getMethodAnnotation(OnRefusal.class);
		if (back == null) {
			return page409(ex.messageKey(), request, response);
		}
		Flash.error(request, ex.messageKey(), ex.args());
		// path variables first, then the form's own fields (a question to scroll back to)
		Map<String, String> variables = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> variables.put(name, values[0]));
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (path != null) {
			variables.putAll(path);
		}
		String target = UriComponentsBuilder.fromUriString(back.value()).buildAndExpand(variables).encode().toUriString();
		return new ModelAndView("redirect:" + target);
	}

	private ModelAndView page409(String key, HttpServletRequest request, HttpServletResponse response) {
		ModelAndView mav = conflict(request, response);
		if (key != null) {
			mav.addObject("messageKey", key);
		}
		return mav;
	}

}
