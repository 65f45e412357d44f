package vn.i4impact.portal.jury.internal.ranking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The sealed minutes and the exports of a round: content, languages, codes and key, and who is refused. */
@PortalTest
class MinutesAndExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Autowired
	Panels panels;

	@Test
	void minutesAndExportsOfAClosedRoundAndEveryRefusal() throws Exception {
		RandomRound round = RandomRound.of(new RandomRound.Spec(55, 1, 6, 3, 5, 3, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3, "HIGHER_MEDIAN", Method.MEAN);
		long roundId = written.roundId();
		long award = written.awards().keySet().iterator().next();
		List<Long> jurors = new ArrayList<>(new TreeSet<>(written.jurors().keySet()));
		panels.set(roundId, award, jurors, jurors.get(0));
		String base = "/secretariat/jury/rounds/" + roundId;
		var secretary = data.user(Role.SECRETARIAT);
		var admin = data.user(Role.ADMIN);

		// open round: no minutes for anyone; exports for the committee only
		assertThat(mvc.perform(get(base + "/minutes.pdf").with(as(admin))).andExpect(status().isConflict()).andReturn()
			.getResponse().getContentAsString()).contains("niêm phong");
		String hidden = mvc.perform(get(base + "/export.zip").with(as(secretary))).andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(hidden).doesNotContain("RR-");
		mvc.perform(get(base + "/export.xlsx").with(as(admin))).andExpect(status().isOk());

		jdbc.sql("update jury_round set status = 'CLOSED', closed_at = now() where id = ?").param(roundId).update();
		String seal = jdbc.sql("select sha256 from jury_round_seal where round_id = ?").param(roundId)
			.query(String.class).single();
		for (Role role : new Role[] { Role.JUROR, Role.APPLICANT }) {
			var user = data.user(role);
			for (String url : List.of("/minutes.pdf", "/minutes.pdf?key=true", "/export.zip", "/export.xlsx?codes=true")) {
				mvc.perform(get(base + url).with(as(user))).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get(base + "/minutes.pdf").param("key", "true").with(as(secretary))).andExpect(status().isForbidden());

		Ranking reference = Ranking.of(Aggregation.of(round.entries, round.sheets), 1, Method.MEAN,
				new TieBreak(List.of(new TieBreak.HigherMedian()), Map.of()));
		List<String> order = reference.entries().stream().map(e -> "RR-" + e.dossier()).toList();

		String vi = pdf(mvc.perform(get(base + "/minutes.pdf").with(as(secretary))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(vi).contains("BIÊN BẢN VÒNG SƠ KHẢO").contains("Phương pháp chính thức").contains(seal)
			.contains("TV01").contains("trưởng tiểu ban: TV01").contains("Chưa có quyết định nào")
			.contains("/secretariat/jury/rounds/" + roundId + "/verify").doesNotContain("Giám khảo ");
		assertThat(positions(vi, order)).isSorted();
		String en = pdf(mvc.perform(get(base + "/minutes.pdf").param("language", "en").param("key", "true")
			.with(as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(en).contains("MINUTES OF THE PRELIMINARY ROUND").contains("Key to member codes").contains(seal)
			.contains("Giám khảo " + written.jurors().get(jurors.get(0)));

		Map<String, String> zip = unzip(mvc.perform(get(base + "/export.zip").param("codes", "true").param("lang", "en")
			.with(as(secretary))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(zip.keySet()).containsExactlyInAnyOrder("README.txt", "ranking.csv", "matrix.csv", "conflicts.csv",
				"ranking.xlsx");
		assertThat(zip.get("README.txt")).contains("STDEV.P").contains("trimmed_mean = (sum - max - min) / (n - 2)")
			.contains("award_id,dossier_id,juror_id,criterion_id,weight,scale_max,score");
		List<String> ranking = zip.get("ranking.csv").lines().skip(1).toList();
		assertThat(ranking.stream().map(l -> l.split(",")[1]).toList()).containsExactlyElementsOf(order);
		double topMean = reference.entries().get(0).score().mean();
		assertThat(Double.parseDouble(ranking.get(0).split(",")[4])).isCloseTo(topMean, offset(1e-9));
		List<String> matrix = zip.get("matrix.csv").lines().skip(1).toList();
		assertThat(matrix).hasSize(round.sheets.size() * 3).allMatch(l -> l.split(",")[2].matches("TV\\d\\d"));
		assertThat(zip.get("matrix.csv")).doesNotContain("Giám khảo");
		String named = unzip(mvc.perform(get(base + "/export.zip").with(as(secretary))).andReturn().getResponse()
			.getContentAsByteArray()).get("matrix.csv");
		assertThat(named).contains("Giám khảo ");
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get(base + "/export.xlsx")
			.with(as(secretary))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(round.sheets.size() * 3);
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(order.get(0));
		}
	}

	private static List<Integer> positions(String text, List<String> references) {
		int from = text.indexOf("Bảng xếp hạng đầy đủ");
		return references.stream().map(r -> text.indexOf(r + " ", from)).toList();
	}

	private static String pdf(byte[] bytes) throws IOException {
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
