package vn.i4impact.portal.nomination.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.nomination.AnswerText;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.pdf.PdfRenderer;

/** The PDF receipt of a submitted dossier: exactly what the unit sent, as the secretariat received it. */
@Component
class Receipts {

	static final DateTimeFormatter TIME = PortalTime.DATE_TIME;

	private final PdfRenderer pdf;

	private final ProgramCatalog program;

	private final UnitRepository units;

	private final NominationAttachmentRepository attachments;

	private final MessageSource messages;

	Receipts(PdfRenderer pdf, ProgramCatalog program, UnitRepository units, NominationAttachmentRepository attachments,
			MessageSource messages) {
		this.pdf = pdf;
		this.program = program;
		this.units = units;
		this.attachments = attachments;
		this.messages = messages;
	}

	/** One line of the receipt: a question with its answer, or with the files given for it. */
	record Row(String label, String answer, List<FileRow> files) {
	}

	record FileRow(String name, String size, String sha256) {
	}

	String fileName(Nomination n, Locale locale) {
		return messages.getMessage("receipt.fileName", new Object[] { n.getReferenceCode() }, locale);
	}

	String dossierFileName(Nomination n, Locale locale) {
		return messages.getMessage("dossier.pdfName", new Object[] { n.getReferenceCode() }, locale);
	}

	String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	byte[] render(Nomination n, Locale locale) {
		return render(n, locale, null);
	}

	/**
	 * The same document as the secretariat prints it: titled as the dossier, with its current status and when it was
	 * printed, since a receipt's wording ("keep this receipt") would mislead whoever reads the printout.
	 */
	byte[] renderDossier(Nomination n, Locale locale, Instant printedAt) {
		return render(n, locale, printedAt);
	}

	private byte[] render(Nomination n, Locale locale, Instant printedAt) {
		AwardInfo award = program.award(n.getAwardId()).orElseThrow();
		List<NominationAttachment> files = attachments.findByNominationIdOrderByUploadedAtAscIdAsc(n.getId());
		Map<Long, List<FileRow>> byQuestion = new HashMap<>();
		List<FileRow> unanswered = new ArrayList<>();
		for (NominationAttachment a : files) {
			FileRow row = new FileRow(a.getDisplayName(), size(a.getSizeBytes(), locale), a.getSha256());
			if (a.getQuestionId() == null) {
				unanswered.add(row);
			}
			else {
				byQuestion.computeIfAbsent(a.getQuestionId(), k -> new ArrayList<>()).add(row);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Question q : program.questions(n.getAwardId())) {
			List<FileRow> given = byQuestion.getOrDefault(q.id(), List.of());
			rows.add(new Row(q.label(locale), q.kind().isFile() ? null : answer(q, n.answer(q.id()), locale), given));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("n", n);
		model.put("award", award);
		model.put("awardName", award.name(locale));
		model.put("categoryName", award.categoryName(locale));
		model.put("unitName", units.findById(n.getUnitId()).map(Unit::getName).orElse(""));
		model.put("rows", rows);
		model.put("otherFiles", unanswered);
		model.put("submittedAt", format(n.getSubmittedAt()));
		model.put("declarationAt", format(n.getDeclarationAt()));
		model.put("printedAt", printedAt == null ? null : format(printedAt));
		var out = new ByteArrayOutputStream();
		pdf.render("pdf/receipt", model, locale, out);
		return out.toByteArray();
	}

	static String format(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	private String answer(Question q, String raw, Locale locale) {
		return AnswerText.format(q, raw, locale, messages);
	}

	/** Sizes as people read them, with the exact byte count a checker can compare. */
	static String size(long bytes, Locale locale) {
		String human = bytes >= 1024 * 1024 ? String.format(locale, "%.1f MB", bytes / (1024.0 * 1024))
				: String.format(locale, "%.1f KB", bytes / 1024.0);
		return human + " (" + String.format(locale, "%,d", bytes) + " B)";
	}

}
