package vn.i4impact.portal.nomination;

/** The dossier's life as later modules drive it. Each method locks the row, checks the version when one is given,
 *  calls the aggregate's guarded transition; the aggregate records history and registers its event. */
public interface DossierLifecycle {
    // ... the secretariat's methods (seams branch decides their exact shape) ...

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
