package vn.i4impact.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

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

}
