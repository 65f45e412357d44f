package vn.i4impact.portal.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes plus, for a refused request, how many minutes to wait, which {@code error/429.html} shows
 * (the same answer whoever asks and whatever the address). Boot's own view resolver still picks the page by status.
 */
@Component
class TooManyRequestsAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (request.getAttribute(RateLimitFilter.RETRY_AFTER, RequestAttributes.SCOPE_REQUEST) instanceof Long seconds) {
			attributes.put("retryMinutes", Math.max(1, (seconds + 59) / 60));
		}
		return attributes;
	}

}
