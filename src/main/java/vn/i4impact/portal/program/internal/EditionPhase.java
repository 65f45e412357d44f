package vn.i4impact.portal.program.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.i4impact.portal.program.Phase;
import vn.i4impact.portal.program.Timeline;
import vn.i4impact.portal.shared.BaseEntity;

@Entity
@Table(name = "edition_phase")
public class EditionPhase extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private Edition edition;

	@Enumerated(EnumType.STRING)
	private Phase kind;

	private Instant startsAt;

	private Instant endsAt;

	protected EditionPhase() {
	}

	public EditionPhase(Edition edition, Phase kind, Instant startsAt, Instant endsAt) {
		this.edition = edition;
		this.kind = kind;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	public void reschedule(Instant startsAt, Instant endsAt) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	public Phase getKind() {
		return kind;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	Timeline.Entry toEntry() {
		return new Timeline.Entry(kind, startsAt, endsAt);
	}

}
