package vn.i4impact.portal.results.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organiser's Ed25519 key for certificates (JDK only). From configuration ({@code portal.certificates.private-key}
 * and {@code public-key}, base64 PKCS#8 / X.509) when set; otherwise read from, or generated once into,
 * {@code portal.certificates.key-dir} (default {@code ./data/certificate-key}), so signatures survive restarts.
 */
@Component
public class CertificateKeys {

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String keyId;

	CertificateKeys(@Value("${portal.certificates.private-key:}") String privateBase64,
			@Value("${portal.certificates.public-key:}") String publicBase64,
			@Value("${portal.certificates.key-dir:./data/certificate-key}") String keyDir) {
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			if (!privateBase64.isBlank() && !publicBase64.isBlank()) {
				privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateBase64.strip())));
				publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicBase64.strip())));
			}
			else {
				Path dir = Path.of(keyDir);
				Path priv = dir.resolve("ed25519-private.pk8");
				Path pub = dir.resolve("ed25519-public.der");
				if (!Files.exists(priv) || !Files.exists(pub)) {
					KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
					Files.createDirectories(dir);
					Files.write(pub, pair.getPublic().getEncoded());
					Files.write(priv, pair.getPrivate().getEncoded());
				}
				privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv)));
				publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub)));
			}
			keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 0, 16);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("certificate key unusable", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String sign(String payload) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(privateKey);
			signer.update(payload.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signer.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public boolean verify(String payload, String signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(publicKey);
			verifier.update(payload.getBytes(StandardCharsets.UTF_8));
			return verifier.verify(Base64.getDecoder().decode(signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	public String keyId() {
		return keyId;
	}

	/** The public key as PEM (SubjectPublicKeyInfo), for anyone to check a certificate with openssl. */
	public String publicKeyPem() {
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
	}

}
