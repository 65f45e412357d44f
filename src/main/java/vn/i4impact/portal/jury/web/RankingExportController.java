package vn.i4impact.portal.jury.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.standing.ExportTables;
import vn.i4impact.portal.jury.internal.standing.RankingBoard;
import vn.i4impact.portal.jury.internal.standing.RankingExport;
import vn.i4impact.portal.shared.DomainException;

/**
 * {@code /secretariat/jury/rounds/{id}/export.zip} and {@code export.xlsx} (SECRETARIAT and ADMIN): the matrix, the
 * ranking and the conflict log; {@code codes=true} writes member codes instead of names. Scores of a round that is
 * not closed are exported to ADMIN only, as they are shown.
 */
@Controller
class RankingExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RankingExport export;

	private final RoundService rounds;

	RankingExportController(RankingExport export, RoundService rounds) {
		this.export = export;
		this.rounds = rounds;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/export.zip")
	ResponseEntity<byte[]> zip(@PathVariable long roundId, @RequestParam(defaultValue = "false") boolean codes,
			@AuthenticationPrincipal CurrentUser user, Locale locale) throws IOException {
		visible(roundId, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.zip(roundId, codes, locale, out);
		return file(out, "xep-hang-vong-" + roundId + ".zip", MediaType.parseMediaType("application/zip"));
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long roundId, @RequestParam(defaultValue = "false") boolean codes,
			@AuthenticationPrincipal CurrentUser user, Locale locale) throws IOException {
		visible(roundId, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportTables.xlsx(export.tables(roundId, codes, locale), out);
		return file(out, "xep-hang-vong-" + roundId + ".xlsx", XLSX);
	}

	private void visible(long roundId, CurrentUser user) {
		Round round = rounds.get(roundId);
		if (!RankingBoard.scoresVisible(round, user)) {
			throw new DomainException("export.hidden");
		}
	}

	private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, String name, MediaType type) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}
}
