package org.cooplog.faults.env;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs bearer tokens with a key made for one scenario, and tells each service to trust that key instead of asking
 * the identity service: the suite tests the services' behaviour under faults, not the login. Every token carries all
 * roles, so one token passes every rule of every service.
 */
public final class Tokens {

    static final String ISSUER = "https://identity.faults.invalid";
    static final String USER = "reliability.desk";
    private static final List<String> ALL_ROLES = List.of(
            "DESK_UNCAC",
            "DESK_ASEANPAC",
            "DESK_APEC",
            "DESK_BILATERAL",
            "DESK_OGP",
            "REPORT_OFFICER",
            "AUDITOR",
            "ADMIN");

    private final KeyPair keys;
    private final Path publicKeyFile;
    private final String bearer;

    private Tokens(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
        this.bearer = "Bearer " + sign(Instant.now().plus(Duration.ofHours(6)));
    }

    /** A new key pair, its public half written as PEM into {@code dir} for the services to read. */
    static Tokens create(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Path file = Files.writeString(dir.resolve("token-signing-key.pem"), pem);
            return new Tokens(keys, file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has RSA", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the {@code Authorization} header for every request of the suite. */
    public String bearer() {
        return bearer;
    }

    /**
     * What a service is started with so that it validates these tokens locally. The issuer URI is blanked: Spring
     * Boot builds a decoder from the public key only when no issuer URI is set, and would otherwise try to fetch the
     * issuer's discovery document for every request.
     */
    List<String> serviceArguments() {
        return List.of(
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKeyFile,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=");
    }

    private String sign(Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("sub-" + USER)
                .audience("cooplog")
                .claim("preferred_username", USER)
                .claim("roles", ALL_ROLES)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("faults").build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }
}
