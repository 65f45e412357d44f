package vn.i4impact.portal.nomination.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.AnswerText;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationAttachment;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.nomination.internal.Unit;
import vn.i4impact.portal.nomination.internal.UnitRepository;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * {@code /my/nominations/{id}/preview}: the dossier as saved, laid out as the receipt lays it out, so the unit reads
 * what the secretariat will receive before it submits. Through {@link NominationService#get}: only the unit's own.
 */
@Controller
class DossierPreviewController {

	private final NominationService nominations;

	private final ProgramCatalog program;

	private final UnitRepository units;

	private final MessageSource messages;

	private final DossierFiles dossierFiles;

	DossierPreviewController(NominationService nominations, ProgramCatalog program, UnitRepository units,
			MessageSource messages, DossierFiles dossierFiles) {
		this.dossierFiles = dossierFiles;
		this.nominations = nominations;
		this.program = program;
		this.units = units;
		this.messages = messages;
	}

	/** A question with its answer as the receipt prints it, or the files given for it. */
	record Row(Question question, String answer, List<NominationAttachment> files) {
	}

	@GetMapping("/my/nominations/{id}/preview")
	String preview(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Locale locale, Model model) {
		Nomination n = nominations.get(me.id(), id);
		AwardInfo award = program.award(n.getAwardId()).orElseThrow(NotFoundException::new);
		Map<Long, List<NominationAttachment>> files = dossierFiles.attachments(n.getId()).stream()
			.filter(a -> a.getQuestionId() != null)
			.collect(Collectors.groupingBy(NominationAttachment::getQuestionId));
		List<Row> rows = new ArrayList<>();
		for (Question q : program.questions(n.getAwardId())) {
			rows.add(new Row(q, q.kind().isFile() ? null : AnswerText.format(q, n.answer(q.id()), locale, messages),
					files.getOrDefault(q.id(), List.of())));
		}
		model.addAttribute("n", n);
		model.addAttribute("award", award);
		model.addAttribute("unitName", units.findById(n.getUnitId()).map(Unit::getName).orElse(""));
		model.addAttribute("rows", rows);
		model.addAttribute("missingCount", n.getStatus().isEditableByUnit() ? nominations.problems(n).size() : 0);
		return "my/nomination-preview";
	}

}
