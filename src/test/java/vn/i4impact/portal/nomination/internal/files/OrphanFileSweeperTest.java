package vn.i4impact.portal.nomination.internal.files;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file moved into place for a transaction that never committed has no row: the start-up sweep removes it once older
 * than the grace period; recorded files and fresh ones (perhaps being committed by another node) stay. Tomcat spools
 * uploads under the files directory, not /tmp.
 */
@PortalTest
class OrphanFileSweeperTest {

	@Autowired
	OrphanFileSweeper sweeper;

	@Autowired
	LocalFileStorage storage;

	@Autowired
	NominationService service;

	@Autowired
	DossierFiles dossierFiles;

	@Autowired
	Dossiers dossiers;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Value("${portal.files.dir}")
	String filesDir;

	@Value("${spring.servlet.multipart.location}")
	String multipartLocation;

	Path age(String key, Duration age) throws Exception {
		Path file = storage.resolve(key);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
		return file;
	}

	@Test
	void orphansOlderThanTheGracePeriodAreRemovedRecordedAndFreshFilesStay() throws Exception {
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = service.start(me, data.awardId(data.openEdition(30), "1.3"), NominationKind.SELF, service.selfNominee(me));
		var recorded = dossierFiles.attach(me.id(), n.getId(), dossiers.fileQuestion(n.getAwardId()),
				new ByteArrayInputStream(TestData.pdf(2_000)), "a.pdf");
		String recordedKey = jdbc.sql("select storage_key from nomination_attachment where id = ?").param(recorded.getId())
			.query(String.class).single();
		String orphan = storage.store(new ByteArrayInputStream(TestData.pdf(2_000)), "b.pdf", 1 << 20,
				EnumSet.allOf(AttachmentKind.class)).key();
		String fresh = storage.store(new ByteArrayInputStream(TestData.pdf(2_000)), "c.pdf", 1 << 20,
				EnumSet.allOf(AttachmentKind.class)).key();
		Path recordedFile = age(recordedKey, Duration.ofHours(3));
		Path orphanFile = age(orphan, Duration.ofHours(3));
		Path freshFile = age(fresh, Duration.ofMinutes(5));

		assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

		assertThat(orphanFile).doesNotExist();
		assertThat(recordedFile).exists();
		assertThat(freshFile).exists();
	}

	@Test
	void uploadsAreSpooledUnderTheFilesDirectoryNotTmp() {
		Path spool = Path.of(multipartLocation).toAbsolutePath().normalize();
		assertThat(spool).startsWith(Path.of(filesDir).toAbsolutePath().normalize());
		assertThat(spool).isDirectory();
	}

}
