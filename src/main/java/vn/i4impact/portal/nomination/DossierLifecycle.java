package vn.i4impact.portal.nomination;

import java.time.Instant;
import java.util.List;

import vn.i4impact.portal.program.Question;

/** The dossier's life as later modules drive it. Each method locks the row, checks the version when one is given,
 *  calls the aggregate's guarded transition; the aggregate records history and registers its event. */
public interface DossierLifecycle {

    // ---- the secretariat: each checks the version the secretary read (ConflictException, shared: stale, or
    // "decision.error.draft" when the unit took it back to draft); refusals are DomainExceptions ----

    /** What a decision did, for the secretariat's record: the dossier's status before and after. */
    record Step(long nominationId, long unitId, String label, NominationStatus from, NominationStatus to) {}

    Step markEligible(long nominationId, long expectedVersion, long actorId);

    /** The unit may edit and resubmit until {@code due} (in the future). */
    Step requestChanges(long nominationId, long expectedVersion, Instant due, long actorId);

    Step declareIneligible(long nominationId, long expectedVersion, long actorId);

    /** Checks, without deciding, that the dossier is still the version the secretary read (as a decision would). */
    void requireCurrent(long nominationId, long expectedVersion);

    /**
     * Files the dossier under another award of the same edition (visible, accepting its nominee, without a twin of
     * the same unit there); the common answers are kept, the reference follows the new award. When the new award has
     * required questions the dossier has not answered, changes are requested for them until {@code missingAnswersDue}
     * (a dossier already waiting keeps the later date).
     */
    Moved moveToAward(long nominationId, long expectedVersion, long targetAwardId, Instant missingAnswersDue,
            long actorId);

    /**
     * @param moved     the move itself (the status it kept)
     * @param reopened  the request for the missing answers, or null when nothing was missing
     * @param missing   the new award's required questions the dossier has not answered
     */
    record Moved(Step moved, long fromAwardId, String fromReference, String reference, Step reopened,
            List<Question> missing, Instant changesDue) {}

    /** What a move would do, without doing it: the refusal's message key, or the questions it would leave missing. */
    MovePreview previewMove(long nominationId, long expectedVersion, long targetAwardId);

    /** @param refusal why the move would be refused (a message key), or null when it would be done */
    record MovePreview(String refusal, List<Question> missing) {}

    /** The secretariat gives one dossier more time: while changes are requested the request's own date moves,
     *  otherwise the dossier's deadline (which must then be after the edition's). Refused (DomainException:
     *  extension.error.past, extension.error.beforeEdition, nomination.error.juryLocked).
     *  @return the unit's deadline before and after, and whether it was a request's date that moved */
    Extended extend(long nominationId, Instant until, long actorId);

    record Extended(Instant before, Instant after, boolean changesRequest) {}

    /** ELIGIBLE and not yet locked -> locked for the jury (status stays ELIGIBLE, the unit still sees "under review").
     *  Locked dossiers cannot be withdrawn, reopened, sent back for changes, declared ineligible or moved.
     *  Idempotent for an already locked dossier. Refused (DomainException) for any other status. */
    void lockForJury(long nominationId, long actorId);

    /** The committee reopens the matter explicitly: the lock is lifted, with a reason recorded in the history. */
    void unlockForJury(long nominationId, String reason, long actorId);

    /** Locked ELIGIBLE -> SHORTLISTED (true) or NOT_SHORTLISTED (false). */
    void shortlist(long nominationId, boolean shortlisted, String note, long actorId);

    /** SHORTLISTED -> HONOURED (true) or NOT_HONOURED (false). Not shown to units until results are published. */
    void honour(long nominationId, boolean honoured, String note, long actorId);
}
