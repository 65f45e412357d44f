package vn.i4impact.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

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
	@ExceptionHandler({ ConflictException.class, DomainException.class })
	ModelAndView refused(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) {
		ModelAndView mav = conflict(request, response);
		String key = ex instanceof ConflictException c ? c.messageKey() : ((DomainException) ex).messageKey();
		if (key != null) {
			mav.addObject("messageKey", key);
		}
		return mav;
	}

}
