package vn.i4impact.portal.shared.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** One rendered public page: the bytes (plain and gzipped), their ETags and the headers to replay. */
record CachedPage(long generation, long expiresAtNanos, int status, String contentType, List<Map.Entry<String, String>> headers,
		byte[] body, byte[] gzipped, String etag, String gzipEtag) {

	static CachedPage of(long generation, long expiresAtNanos, int status, String contentType,
			List<Map.Entry<String, String>> headers, byte[] body) {
		String hash = sha256(body);
		byte[] gz = body.length >= 1024 ? gzip(body) : null;
		return new CachedPage(generation, expiresAtNanos, status, contentType, headers, body, gz, '"' + hash + '"',
				'"' + hash + "-gz\"");
	}

	boolean freshFor(long currentGeneration, long nanos) {
		return generation == currentGeneration && nanos - expiresAtNanos < 0;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		var out = new ByteArrayOutputStream(bytes.length / 4);
		try (var gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
