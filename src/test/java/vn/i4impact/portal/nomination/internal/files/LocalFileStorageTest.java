package vn.i4impact.portal.nomination.internal.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileStorageTest {

	static final Set<AttachmentKind> ANY = EnumSet.allOf(AttachmentKind.class);

	@TempDir
	Path dir;

	LocalFileStorage storage;

	@BeforeEach
	void setUp() throws IOException {
		storage = new LocalFileStorage(dir.toString());
	}

	static byte[] pdf(int padding) {
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + "% filler\n".repeat(padding)
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] image(String format) throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}

	static byte[] ooxml(String mainPart) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (String name : new String[] { "[Content_Types].xml", "_rels/.rels", mainPart }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	FileStorage.Stored store(byte[] content, String name) throws Exception {
		return storage.store(new ByteArrayInputStream(content), name, 1_000_000, ANY);
	}

	FileStorage.RefusedException.Reason refusal(byte[] content, String name, long max) {
		try {
			storage.store(new ByteArrayInputStream(content), name, max, ANY);
			throw new AssertionError("accepted " + name);
		}
		catch (FileStorage.RefusedException ex) {
			return ex.reason();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	long filesUnder(Path p) throws IOException {
		try (var s = Files.walk(p)) {
			return s.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void storesAcceptedKindsWithTheirHashAndSize() throws Exception {
		byte[] content = pdf(10);
		var stored = store(content, "Hồ sơ dự thi.pdf");
		assertThat(stored.kind()).isEqualTo(AttachmentKind.PDF);
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		try (var in = storage.open(stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store(image("png"), "so-do.png").kind()).isEqualTo(AttachmentKind.PNG);
		assertThat(store(image("jpg"), "anh.jpg").kind()).isEqualTo(AttachmentKind.JPEG);
		assertThat(store(ooxml("word/document.xml"), "thuyet-minh.docx").kind()).isEqualTo(AttachmentKind.WORD);
		assertThat(store(ooxml("xl/workbook.xml"), "so-lieu.xlsx").kind()).isEqualTo(AttachmentKind.EXCEL);
		assertThat(store(ooxml("ppt/presentation.xml"), "trinh-bay.pptx").kind()).isEqualTo(AttachmentKind.POWERPOINT);
	}

	@Test
	void theContentDecidesNotTheName() throws Exception {
		byte[] elf = new byte[256];
		elf[0] = 0x7F;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		assertThat(refusal(elf, "ho-so.pdf", 1_000_000)).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		byte[] mz = ("MZ" + "\0".repeat(200) + "This program cannot be run in DOS mode").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refusal(mz, "bao-cao.docx", 1_000_000)).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(refusal(html, "anh.png", 1_000_000)).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		// a real PDF named .docx is still a PDF
		assertThat(store(pdf(1), "nham-ten.docx").kind()).isEqualTo(AttachmentKind.PDF);
	}

	@Test
	void brokenFilesAreRefused() throws Exception {
		byte[] full = pdf(500);
		byte[] cut = Arrays.copyOf(full, full.length - 200);
		assertThat(refusal(cut, "cut.pdf", 1_000_000)).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		byte[] png = image("png");
		assertThat(refusal(Arrays.copyOf(png, png.length - 20), "cut.png", 1_000_000))
			.isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		byte[] zip = ooxml("word/document.xml");
		assertThat(refusal(Arrays.copyOf(zip, zip.length / 2), "cut.docx", 1_000_000))
			.isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void onlyTheAllowedKindsAreAccepted() throws Exception {
		try {
			storage.store(new ByteArrayInputStream(image("png")), "a.png", 1_000_000, EnumSet.of(AttachmentKind.PDF));
			throw new AssertionError("a PNG where only PDF is allowed");
		}
		catch (FileStorage.RefusedException ex) {
			assertThat(ex.reason()).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		}
	}

	@Test
	void oversizeAndEmptyUploadsLeaveNothingBehind() throws Exception {
		assertThat(refusal(pdf(1000), "big.pdf", 1000)).isEqualTo(FileStorage.RefusedException.Reason.TOO_LARGE);
		assertThat(refusal(new byte[0], "empty.pdf", 1000)).isEqualTo(FileStorage.RefusedException.Reason.EMPTY);
		assertThat(refusal(elfLike(), "x.pdf", 1000)).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED);
		assertThat(filesUnder(dir)).isZero();
	}

	static byte[] elfLike() {
		return new byte[] { 0x7F, 'E', 'L', 'F', 1, 1, 1, 0 };
	}

	@Test
	void abandonedUploadsAreRemovedAtTheNextStart() throws Exception {
		Path stale = Files.createFile(dir.resolve("tmp").resolve("upload-1.part"));
		Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(7200)));
		Path fresh = Files.createFile(dir.resolve("tmp").resolve("upload-2.part"));
		new LocalFileStorage(dir.toString());
		assertThat(stale).doesNotExist();
		assertThat(fresh).exists();
	}

	@Test
	void keysCannotLeaveTheStorageDirectory() {
		assertThatThrownBy(() -> storage.resolve("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.resolve("tmp/upload-1.part")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void namesAreKeptForDisplayButNeverAsPaths() {
		assertThat(FileNames.display("../../etc/passwd", AttachmentKind.PDF)).isEqualTo("passwd.pdf");
		assertThat(FileNames.display("C:\\Users\\lan\\Hồ sơ – Sở KH&CN.pdf", AttachmentKind.PDF)).isEqualTo("Hồ sơ – Sở KH&CN.pdf");
		String decomposed = Normalizer.normalize("Báo cáo tác động.PDF", Normalizer.Form.NFD);
		assertThat(FileNames.display(decomposed, AttachmentKind.PDF)).isEqualTo("Báo cáo tác động.PDF");
		assertThat(FileNames.display(".htaccess", AttachmentKind.PDF)).isEqualTo("htaccess.pdf");
		assertThat(FileNames.display("bao\u0000cao<script>.pdf", AttachmentKind.PDF)).isEqualTo("baocaoscript.pdf");
		assertThat(FileNames.display("", AttachmentKind.PNG)).isEqualTo("tep-dinh-kem.png");
		assertThat(FileNames.display("a".repeat(300) + ".pdf", AttachmentKind.PDF)).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
	}

}
