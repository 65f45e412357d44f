package vn.i4impact.portal.jury.internal.ranking;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One line of an award's ranking in a shape a SQL read model can be mapped to, and the comparison the SQL ranking must
 * pass against this Java reference: the same dossiers in the same order with the same ranks, sheet counts and flags,
 * and every score within 1e-9. Typical use, once the jury tables exist: generate a {@link RandomRound}, insert it,
 * run the SQL, map its rows to {@code ReferenceRow}s and call {@link #assertAgree}.
 *
 * @param rank 0 for an incomplete dossier
 */
record ReferenceRow(long dossier, int rank, int sheets, double mean, double median, double trimmedMean,
		double normalised, double sd, Set<RankedEntry.Flag> flags) {

	static final double TOLERANCE = 1e-9;

	static ReferenceRow of(RankedEntry entry) {
		DossierScore s = entry.score();
		return new ReferenceRow(s.dossier(), entry.rank(), s.sheets(), s.mean(), s.median(), s.trimmedMean(),
				s.normalised(), s.sd(), entry.flags());
	}

	static List<ReferenceRow> of(Ranking ranking) {
		return ranking.entries().stream().map(ReferenceRow::of).toList();
	}

	static void assertAgree(List<ReferenceRow> expected, List<ReferenceRow> actual) {
		assertThat(actual).extracting(ReferenceRow::dossier).as("order")
				.containsExactlyElementsOf(expected.stream().map(ReferenceRow::dossier).toList());
		for (int i = 0; i < expected.size(); i++) {
			ReferenceRow e = expected.get(i);
			ReferenceRow a = actual.get(i);
			String what = "dossier " + e.dossier();
			assertThat(a.rank()).as(what + " rank").isEqualTo(e.rank());
			assertThat(a.sheets()).as(what + " sheets").isEqualTo(e.sheets());
			assertThat(a.flags()).as(what + " flags").isEqualTo(e.flags());
			close(what + " mean", a.mean(), e.mean());
			close(what + " median", a.median(), e.median());
			close(what + " trimmed mean", a.trimmedMean(), e.trimmedMean());
			close(what + " normalised", a.normalised(), e.normalised());
			close(what + " sd", a.sd(), e.sd());
		}
	}

	private static void close(String what, double actual, double expected) {
		if (Double.isNaN(expected)) {
			assertThat(actual).as(what).isNaN();
		}
		else {
			assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
		}
	}
}
