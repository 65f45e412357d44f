package vn.i4impact.portal.program.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.program.EditionCloned;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.program.Phase;
import vn.i4impact.portal.program.TimelineRules;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The committee's changes to editions: creation, description, status, the current edition, cloning and the timeline,
 * each in one transaction with its audit entry. Rules that depend on stored data (unique codes) are checked here so
 * no screen can skip them; the database constraints remain the last line.
 */
@Service
@Transactional
public class EditionAdministration {

	public record EditionData(int year, String nameVi, String nameEn, String shortName, String honourVi,
			String honourEn, String organiserVi, String organiserEn, String introVi, String introEn,
			String contactEmail, String contactPhone) {
	}

	private final EditionRepository editions;

	private final EditionPhaseRepository phases;

	private final EditionCloning cloning;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	EditionAdministration(EditionRepository editions, EditionPhaseRepository phases, EditionCloning cloning,
			AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.editions = editions;
		this.phases = phases;
		this.cloning = cloning;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
	}

	public Edition edition(String code) {
		return editions.findByCode(code).orElseThrow(NotFoundException::new);
	}

	public Edition createEdition(String code, EditionData data) {
		if (editions.existsByCode(code)) {
			throw new RuleException("code", "admin.edition.codeTaken", code);
		}
		Edition edition = new Edition(code, data.year());
		describe(edition, data);
		editions.save(edition);
		audit.record("edition.create", "edition", code, "Created edition " + code, null, editionMap(edition));
		return edition;
	}

	public void updateEdition(String code, long version, EditionData data) {
		Edition edition = edition(code);
		AdminChanges.checkVersion(edition.getVersion(), version);
		Map<String, Object> before = editionMap(edition);
		describe(edition, data);
		AdminChanges.recordChange(audit, "edition.update", "edition", code, "Edited edition " + code, before, editionMap(edition));
	}

	public void moveStatus(String code, EditionStatus target) {
		Edition edition = edition(code);
		EditionStatus from = edition.getStatus();
		if (!from.canMoveTo(target) || (target == EditionStatus.DRAFT && edition.isCurrent())) {
			throw new RuleException(null, "admin.edition.statusRefused");
		}
		edition.moveTo(target);
		audit.record("edition.status", "edition", code, "Status of " + code + ": " + from + " → " + target,
				Map.of("status", from.name()), Map.of("status", target.name()));
	}

	/** Only a published edition may be the one on the home page: a draft would show unfinished work to everyone. */
	public void makeCurrent(String code) {
		Edition edition = edition(code);
		if (edition.isCurrent()) {
			return;
		}
		if (!edition.getStatus().isPublic()) {
			throw new RuleException(null, "admin.edition.currentDraft");
		}
		String previous = editions.findByCurrentTrue().map(Edition::getCode).orElse(null);
		// the partial unique index allows one current row at any moment, so clear first, then set
		jdbc.sql("update edition set is_current = false, version = version + 1 where is_current").update();
		jdbc.sql("update edition set is_current = true, version = version + 1 where id = ?").param(edition.getId()).update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("current", previous);
		audit.record("edition.current", "edition", code, "Current edition: " + code, before, Map.of("current", code));
	}

	public long cloneEdition(String sourceCode, EditionCloning.NewEdition target, int offsetDays) {
		Edition source = edition(sourceCode);
		if (editions.existsByCode(target.code())) {
			throw new RuleException("code", "admin.edition.codeTaken", target.code());
		}
		long id = cloning.cloneEdition(source.getCode(), target, Duration.ofDays(offsetDays));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", target.code());
		after.put("year", target.year());
		after.put("nameVi", target.nameVi());
		after.put("nameEn", target.nameEn());
		after.put("offsetDays", offsetDays);
		audit.record("edition.clone", "edition", target.code(), "Cloned " + sourceCode + " into " + target.code(),
				Map.of("source", sourceCode), after);
		// only this path (the committee's clone) announces it: demo data and tests clone through EditionCloning alone
		events.publishEvent(new EditionCloned(source.getId(), id, offsetDays));
		return id;
	}

	/**
	 * Replaces the timeline with the proposed one, or stores nothing and returns what is wrong. A phase left empty is
	 * removed from the timeline.
	 */
	public List<TimelineRules.Violation> saveTimeline(String code, Map<Phase, TimelineRules.Proposed> proposed) {
		List<TimelineRules.Violation> violations = TimelineRules.check(proposed);
		if (!violations.isEmpty()) {
			return violations;
		}
		Edition edition = edition(code);
		Map<Phase, EditionPhase> existing = new EnumMap<>(Phase.class);
		edition.getPhases().forEach(p -> existing.put(p.getKind(), p));
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		for (Phase phase : Phase.values()) {
			EditionPhase current = existing.get(phase);
			TimelineRules.Proposed p = proposed.get(phase);
			boolean planned = p != null && p.startsAt() != null;
			String was = current == null ? null : current.getStartsAt() + " – " + current.getEndsAt();
			String now = planned ? p.startsAt() + " – " + p.endsAt() : null;
			if (Objects.equals(was, now)) {
				continue;
			}
			before.put(phase.name(), was);
			after.put(phase.name(), now);
			if (!planned) {
				edition.getPhases().remove(current);
				phases.delete(current);
			}
			else if (current == null) {
				EditionPhase created = new EditionPhase(edition, phase, p.startsAt(), p.endsAt());
				phases.save(created);
				edition.getPhases().add(created);
			}
			else {
				current.reschedule(p.startsAt(), p.endsAt());
			}
		}
		if (!after.isEmpty()) {
			audit.record("edition.timeline", "edition", code, "Timeline of " + code + " changed", before, after);
		}
		return List.of();
	}

	private static void describe(Edition edition, EditionData d) {
		edition.describe(d.year(), d.nameVi(), d.nameEn(), d.shortName(), d.honourVi(), d.honourEn(), d.organiserVi(),
				d.organiserEn(), d.introVi(), d.introEn(), d.contactEmail(), d.contactPhone());
	}

	private static Map<String, Object> editionMap(Edition e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("year", e.getYear());
		m.put("nameVi", e.getNameVi());
		m.put("nameEn", e.getNameEn());
		m.put("shortName", e.getShortName());
		m.put("honourVi", e.getHonourVi());
		m.put("honourEn", e.getHonourEn());
		m.put("organiserVi", e.getOrganiserVi());
		m.put("organiserEn", e.getOrganiserEn());
		m.put("introVi", e.getIntroVi());
		m.put("introEn", e.getIntroEn());
		m.put("contactEmail", e.getContactEmail());
		m.put("contactPhone", e.getContactPhone());
		return m;
	}

}
