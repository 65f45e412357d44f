package vn.i4impact.portal.program.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EditionPhaseRepository extends JpaRepository<EditionPhase, Long> {
}
