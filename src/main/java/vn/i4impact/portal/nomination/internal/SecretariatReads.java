package vn.i4impact.portal.nomination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.SecretariatDossiers;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/** What the secretariat reads of a submitted dossier (see {@link SecretariatDossiers}). */
@Service
@Transactional(readOnly = true)
class SecretariatReads implements SecretariatDossiers {

	private final SubmittedDossiers submitted;

	private final NominationHistoryRepository history;

	private final NominationService service;

	private final ProgramCatalog program;

	private final Receipts receipts;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	SecretariatReads(SubmittedDossiers submitted, NominationHistoryRepository history, NominationService service,
			ProgramCatalog program, Receipts receipts, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.submitted = submitted;
		this.history = history;
		this.service = service;
		this.program = program;
		this.receipts = receipts;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public DossierView dossier(long id) {
		Nomination n = submitted.load(id);
		AwardInfo award = program.award(n.getAwardId()).orElseThrow(NotFoundException::new);
		List<DossierView.FileInfo> fileInfos = submitted.files(id);
		List<DossierView.Answer> answers = submitted.answers(n, fileInfos);
		Map<Long, String> names = new HashMap<>();
		List<DossierView.Step> steps = history.findByNominationIdOrderByAtAscIdAsc(id).stream()
			.map(h -> new DossierView.Step(h.getFromStatus(), h.getToStatus(), h.getAt(), h.getActorId(),
					name(names, h.getActorId()),
					h.isJuryLock() ? h.getUnlockReason() : h.isExtension() || h.isMove() ? null : h.getNote(),
					h.getExtendedUntil(), h.isMove() ? h.getMovedReferences()[0] : null,
					h.isMove() ? h.getMovedReferences()[1] : null, h.getJuryLocked()))
			.toList();
		return new DossierView(n.getId(), n.getVersion(), n.getReferenceCode(), n.getStatus(), n.getKind(), award,
				n.getTitle(),
				new DossierView.Nominee(n.getNomineeType(), n.getNomineeName(), n.getNomineePosition(),
						n.getNomineeOrganisation(), n.getNomineeEmail(), n.getNomineePhone()),
				n.getConsentStatus(), n.getConsentAt(), n.getCreatedAt(), n.getSubmittedAt(), n.getDeclarationAt(),
				n.getUpdatedAt(), service.deadline(n), n.getChangesDueAt(), unit(n.getUnitId()), answers, fileInfos,
				steps, List.of(), null,
				n.allowedActions(DossierAction.Actor.SECRETARIAT, clock.instant(), service.deadline(n)));
	}

	private String name(Map<Long, String> cache, Long userId) {
		if (userId == null) {
			return null;
		}
		return cache.computeIfAbsent(userId, k -> accounts.find(k).map(CurrentUser::fullName).orElse("#" + k));
	}

	private DossierView.UnitProfile unit(long unitId) {
		List<DossierView.Member> members = new ArrayList<>();
		jdbc.sql("select user_id, role from unit_member where unit_id = ? order by role desc, user_id").param(unitId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) }).list()
			.forEach(row -> accounts.find((long) row[0]).ifPresent(u -> members
				.add(new DossierView.Member(u.id(), u.fullName(), u.email(), "OWNER".equals(row[1])))));
		return jdbc.sql("""
				select u.id, u.name, u.name_en, u.unit_type, u.province_code, p.name_vi, p.name_en, u.tax_code,
				       u.address, u.website, u.legal_rep_name, u.legal_rep_position, u.contact_name, u.contact_phone,
				       u.contact_email
				from unit u join province p on p.code = u.province_code where u.id = ?""").param(unitId)
			.query((rs, i) -> new DossierView.UnitProfile(rs.getLong(1), rs.getString(2), rs.getString(3),
					UnitType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
					rs.getString(13), rs.getString(14), rs.getString(15), members))
			.single();
	}

	@Override
	public byte[] pdf(long id, Locale locale) {
		return receipts.renderDossier(submitted.load(id), locale, clock.instant());
	}

	@Override
	public String pdfName(long id, Locale locale) {
		return receipts.dossierFileName(submitted.load(id), locale);
	}

	@Override
	public DossierView.FileInfo file(long id, long fileId) {
		return SubmittedDossiers.info(submitted.attachment(id, fileId));
	}

	@Override
	public InputStream open(long id, long fileId) throws IOException {
		return submitted.open(id, fileId);
	}

}
