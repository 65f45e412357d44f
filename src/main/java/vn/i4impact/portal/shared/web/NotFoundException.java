package vn.i4impact.portal.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Anything a user asked for that does not exist, or that they may not know exists: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found", null, false, false);
	}

}
