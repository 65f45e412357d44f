package vn.i4impact.portal.jury.internal;

import java.time.Instant;
import java.util.Map;

/** A juror's score sheet as stored: one {@link Row} per criterion scored or commented so far. */
public record Sheet(long id, long version, boolean submitted, String overallComment, Instant savedAt,
		Instant submittedAt, String reopenReason, Map<Long, Row> rows) {

	public record Row(Integer score, String comment) {
	}

	public Integer score(long criterionId) {
		Row r = rows.get(criterionId);
		return r == null ? null : r.score();
	}

	public String comment(long criterionId) {
		Row r = rows.get(criterionId);
		return r == null ? null : r.comment();
	}

}
