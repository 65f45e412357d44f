package vn.i4impact.portal.nomination.internal.files;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files under {@code portal.files.dir} (default {@code ./data/files}). An upload is written to {@code tmp/} first and
 * moved into place atomically once complete and accepted, so a crash or restart mid-upload leaves at most a temporary
 * file, which the next start removes; never a half file under a key.
 */
@Component
class LocalFileStorage implements FileStorage {

	private static final Logger log = LoggerFactory.getLogger(LocalFileStorage.class);

	private final Path root;

	private final Path tmp;

	LocalFileStorage(@Value("${portal.files.dir:./data/files}") String dir) throws IOException {
		this.root = Path.of(dir).toAbsolutePath().normalize();
		this.tmp = root.resolve("tmp");
		Files.createDirectories(tmp.resolve(MULTIPART));
		removeAbandonedUploads(tmp);
		removeAbandonedUploads(tmp.resolve(MULTIPART));
	}

	/** Where Tomcat spools multipart requests ({@code spring.servlet.multipart.location}), on the same disk. */
	static final String MULTIPART = "multipart";

	/** Older than an hour: no upload still being written (other nodes may share the directory). */
	private static void removeAbandonedUploads(Path dir) throws IOException {
		Instant cutoff = Instant.now().minus(Duration.ofHours(1));
		try (Stream<Path> files = Files.list(dir)) {
			for (Path p : files.toList()) {
				if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
					Files.deleteIfExists(p);
					log.info("Removed an abandoned upload {}", p.getFileName());
				}
			}
		}
	}

	/** Every stored key ({@code yyyy/MM/uuid}) whose file was last changed before the given instant. */
	List<String> keysOlderThan(Instant cutoff) throws IOException {
		List<String> keys = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root, 3)) {
			for (Path p : files.filter(Files::isRegularFile).toList()) {
				String key = root.relativize(p).toString().replace('\\', '/');
				if (KEY.matcher(key).matches() && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

	private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Override
	public Stored store(InputStream content, String originalName, long maxBytes, Set<AttachmentKind> allowed)
			throws IOException, RefusedException {
		Path part = Files.createTempFile(tmp, "upload-", ".part");
		boolean kept = false;
		try {
			MessageDigest sha = sha256();
			long size = 0;
			byte[] buffer = new byte[64 * 1024];
			try (FileOutputStream file = new FileOutputStream(part.toFile());
					OutputStream out = new DigestOutputStream(file, sha)) {
				int n;
				while ((n = content.read(buffer)) != -1) {
					size += n;
					if (size > maxBytes) {
						throw new RefusedException(RefusedException.Reason.TOO_LARGE);
					}
					out.write(buffer, 0, n);
				}
				out.flush();
				file.getFD().sync(); // on disk before the database commit that records it
			}
			if (size == 0) {
				throw new RefusedException(RefusedException.Reason.EMPTY);
			}
			Optional<AttachmentKind> kind = FileTypes.detect(part, originalName);
			if (kind.isEmpty() || !allowed.contains(kind.get())) {
				throw new RefusedException(RefusedException.Reason.TYPE_NOT_ALLOWED);
			}
			LocalDate today = LocalDate.now();
			String key = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
			Path target = resolve(key);
			Files.createDirectories(target.getParent());
			try {
				Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(part, target);
			}
			kept = true;
			// the rename (and a new month's directory) must survive a power cut too
			syncDirectory(target.getParent());
			syncDirectory(target.getParent().getParent());
			return new Stored(key, size, HexFormat.of().formatHex(sha.digest()), kind.get());
		}
		finally {
			if (!kept) {
				Files.deleteIfExists(part);
			}
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/** Keys are ours, but a key that would leave the root is refused all the same. */
	Path resolve(String key) {
		Path p = root.resolve(key).normalize();
		if (!p.startsWith(root) || p.startsWith(tmp)) {
			throw new IllegalArgumentException("bad storage key");
		}
		return p;
	}

	/** fsync of a directory makes the names in it durable; Windows cannot open a directory, and needs no such step. */
	static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.debug("Could not fsync directory {}: {}", dir, ex.toString());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
