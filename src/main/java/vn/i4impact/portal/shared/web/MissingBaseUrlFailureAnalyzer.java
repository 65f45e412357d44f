package vn.i4impact.portal.shared.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or malformed base URL into Boot's short "APPLICATION FAILED TO START" report. */
class MissingBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<AbsoluteLinks.MissingBaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AbsoluteLinks.MissingBaseUrlException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variable PORTAL_BASE_URL to the portal's public address, e.g. "
						+ "PORTAL_BASE_URL=https://i4impact.vn (see README, 'Running in production').",
				cause);
	}

}
