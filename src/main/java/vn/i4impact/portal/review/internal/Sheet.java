package vn.i4impact.portal.review.internal;

import java.io.IOException;
import java.util.List;

/**
 * Where exported rows go, one at a time. A cell is a {@link String}, a {@link Number}, a
 * {@link java.time.LocalDateTime} (Vietnam time), a {@link java.time.LocalDate} or null (empty).
 */
interface Sheet {

	void header(List<String> titles) throws IOException;

	void row(List<Object> cells) throws IOException;

	/** Ends the file; the output stream stays open (the servlet container closes it). */
	void finish() throws IOException;

}
