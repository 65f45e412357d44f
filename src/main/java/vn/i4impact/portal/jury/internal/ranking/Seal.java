package vn.i4impact.portal.jury.internal.ranking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seal of a round: the SHA-256 of a canonical CSV of every score row, stored when the round closes and printed in
 * the minutes. Anyone can rebuild the CSV from an export and check it.
 *
 * <p>The canonical CSV, byte for byte:
 * <ul>
 * <li>UTF-8 without a byte-order mark (every character is ASCII in practice); each line ends with one LF
 * ({@code \n}), the last line too; no quoting, no spaces.</li>
 * <li>First line, the header: {@value #HEADER}.</li>
 * <li>Then one line per score row (one submitted sheet × one criterion): the award, dossier, juror and criterion
 * database ids, the criterion's weight, the scale's maximum and the score — each a whole number in base 10 (ASCII
 * digits, '-' only if negative, no leading zeros, no grouping).</li>
 * <li>Rows sorted by award_id, dossier_id, juror_id, criterion_id, ascending as numbers (not as text).</li>
 * <li>The seal is the SHA-256 of those bytes as 64 lower-case hex digits.</li>
 * </ul>
 * So the order in which rows are read does not change the seal; any change of a score, weight, scale, or of who
 * scored what, does. In SQL: {@code encode(sha256(convert_to(header || E'\n' || string_agg(concat_ws(',', award_id,
 * nomination_id, juror_id, criterion_id, weight, scale_max, score), E'\n' ORDER BY award_id, nomination_id, juror_id,
 * criterion_id) || E'\n', 'UTF8')), 'hex')} (the header alone, with its LF, for a round without scores).
 */
public final class Seal {

	public static final String HEADER = "award_id,dossier_id,juror_id,criterion_id,weight,scale_max,score";

	private static final Comparator<Sheet> ORDER = Comparator.comparingLong(Sheet::award)
			.thenComparingLong(Sheet::dossier).thenComparingLong(Sheet::juror);

	private Seal() {
	}

	/** The canonical CSV of the sheets' score rows; two sheets of one juror for one dossier are refused. */
	public static String csv(Collection<Sheet> sheets) {
		List<Sheet> sorted = new ArrayList<>(sheets);
		sorted.sort(ORDER);
		Set<List<Long>> seen = new HashSet<>();
		StringBuilder csv = new StringBuilder(HEADER.length() + 1 + sorted.size() * 5 * 40);
		csv.append(HEADER).append('\n');
		for (Sheet sheet : sorted) {
			if (!seen.add(List.of(sheet.dossier(), sheet.juror()))) {
				throw new IllegalArgumentException("two sheets of juror " + sheet.juror() + " for dossier "
						+ sheet.dossier());
			}
			// scores() iterates by criterion id
			for (Map.Entry<Long, Integer> score : sheet.scores().entrySet()) {
				csv.append(sheet.award()).append(',').append(sheet.dossier()).append(',').append(sheet.juror())
						.append(',').append(score.getKey()).append(',').append(sheet.weights().get(score.getKey()))
						.append(',').append(sheet.scaleMax()).append(',').append(score.getValue()).append('\n');
			}
		}
		return csv.toString();
	}

	/** The seal: SHA-256 of the canonical CSV, 64 lower-case hex digits. */
	public static String of(Collection<Sheet> sheets) {
		return sha256(csv(sheets));
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			// every Java platform must provide SHA-256
			throw new IllegalStateException(e);
		}
	}
}
