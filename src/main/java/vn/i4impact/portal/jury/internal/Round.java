package vn.i4impact.portal.jury.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.Localized;

/**
 * A jury round of an edition. Which step may follow which is decided here: it is configured while DRAFT, opened
 * once (taking in the dossiers), and closed once, which freezes its sheets for good.
 */
@Entity
@Table(name = "jury_round")
public class Round extends BaseEntity {

	/** The preliminary round's default; the final round has none (every panel member scores every dossier). */
	public static final int DEFAULT_JURORS = 3;

	/** How many days before closing jurors with unfinished sheets get their first automatic reminder by default. */
	public static final int DEFAULT_REMINDER_DAYS = 3;

	/** The most days before closing a first reminder may go out (0: only the last-day reminder). */
	public static final int MAX_REMINDER_DAYS = 30;

	private long editionId;

	@Enumerated(EnumType.STRING)
	private RoundKind kind;

	@Enumerated(EnumType.STRING)
	private RoundStatus status = RoundStatus.DRAFT;

	private Instant opensAt;

	private Instant closesAt;

	private String instructionsVi;

	private String instructionsEn;

	@Column(name = "jurors_per_dossier")
	private Integer jurorsPerDossier;

	private boolean blind;

	private int reminderDays = DEFAULT_REMINDER_DAYS;

	private Instant openedAt;

	private Instant closedAt;

	protected Round() {
	}

	public Round(long editionId, RoundKind kind, Instant opensAt, Instant closesAt) {
		this.editionId = editionId;
		this.kind = kind;
		this.jurorsPerDossier = kind == RoundKind.PRELIMINARY ? DEFAULT_JURORS : null;
		configure(opensAt, closesAt, null, null, jurorsPerDossier, false);
	}

	/** Changes the settings; only before the round opens. */
	public void configure(Instant opens, Instant closes, String instructionsVi, String instructionsEn,
			Integer jurorsPerDossier, boolean blind) {
		if (status != RoundStatus.DRAFT) {
			throw new DomainException("jury.round.notDraft");
		}
		if (opens == null || closes == null || !closes.isAfter(opens)) {
			throw new DomainException("jury.round.window");
		}
		if (jurorsPerDossier != null && (jurorsPerDossier < 1 || jurorsPerDossier > 20)) {
			throw new DomainException("jury.round.jurors");
		}
		this.opensAt = opens;
		this.closesAt = closes;
		this.instructionsVi = instructionsVi;
		this.instructionsEn = instructionsEn;
		this.jurorsPerDossier = jurorsPerDossier;
		this.blind = blind;
	}

	/** DRAFT → OPEN. The criteria must be valid (checked by the caller through {@link CriteriaRules}). */
	public void open(Instant now) {
		if (status != RoundStatus.DRAFT) {
			throw new DomainException("jury.round.notDraft");
		}
		if (!closesAt.isAfter(now)) {
			throw new DomainException("jury.round.closesInPast");
		}
		status = RoundStatus.OPEN;
		openedAt = now;
	}

	/** OPEN → CLOSED: every sheet is frozen from now on. */
	public void close(Instant now) {
		if (status != RoundStatus.OPEN) {
			throw new DomainException("jury.round.notOpen");
		}
		status = RoundStatus.CLOSED;
		closedAt = now;
	}

	/**
	 * Sets how many days before closing the first automatic reminder goes out; while the round is being prepared or
	 * open (a closed round reminds no one).
	 */
	public void remindDaysBefore(int days) {
		if (status == RoundStatus.CLOSED) {
			throw new DomainException("jury.round.notOpen");
		}
		if (days < 0 || days > MAX_REMINDER_DAYS) {
			throw new DomainException("jury.reminders.days");
		}
		this.reminderDays = days;
	}

	/** Whether its criteria may still change: only while a draft, and never once a score exists ({@code scored}). */
	public boolean criteriaEditable(boolean scored) {
		return status == RoundStatus.DRAFT && !scored;
	}

	/** @throws DomainException when the criteria can no longer change (see {@link #criteriaEditable}) */
	public void checkCriteriaEditable(boolean scored) {
		if (!criteriaEditable(scored)) {
			throw new DomainException("jury.criteria.locked");
		}
	}

	/** Jurors may score now: the round is open and its closing time has not passed. */
	public boolean acceptsScores(Instant now) {
		return status == RoundStatus.OPEN && now.isBefore(closesAt);
	}

	/** How many jurors a dossier of an award needs, given the size of the award's panel. */
	public int jurorsNeeded(int panelSize) {
		return jurorsPerDossier == null ? panelSize : jurorsPerDossier;
	}

	public String instructions(Locale locale) {
		return Localized.pick(locale, instructionsVi, instructionsEn);
	}

	public long getEditionId() {
		return editionId;
	}

	public RoundKind getKind() {
		return kind;
	}

	public RoundStatus getStatus() {
		return status;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public String getInstructionsVi() {
		return instructionsVi;
	}

	public String getInstructionsEn() {
		return instructionsEn;
	}

	public Integer getJurorsPerDossier() {
		return jurorsPerDossier;
	}

	public boolean isBlind() {
		return blind;
	}

	public int getReminderDays() {
		return reminderDays;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

}
