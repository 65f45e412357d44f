package vn.i4impact.portal.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The friendly 429 page, saying how long to wait (the same answer whoever asks and whatever the address). */
@Component
class TooManyRequestsPage implements ErrorViewResolver, Ordered {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.TOO_MANY_REQUESTS) {
			return null;
		}
		Map<String, Object> page = new HashMap<>(model);
		long seconds = request.getAttribute(RateLimitFilter.RETRY_AFTER) instanceof Long l ? l : 60;
		page.put("retryMinutes", Math.max(1, (seconds + 59) / 60));
		return new ModelAndView("error/429", page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
