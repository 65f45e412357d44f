package vn.i4impact.portal.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every layout needs: the current path, so the language switch can stay on the same page. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		return context.isEmpty() || !path.startsWith(context) ? path : path.substring(context.length());
	}

}
