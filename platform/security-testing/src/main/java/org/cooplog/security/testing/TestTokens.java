package org.cooplog.security.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cooplog.security.AccessTokenProperties;
import org.cooplog.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bearer tokens as the OpenID Connect provider would sign them, for tests: {@code TestTokens.bearer("desk.bilateral",
 * Role.DESK_BILATERAL)}. They are signed with a key made for this JVM, which the services under test trust through
 * {@link #decoder(List)}: requests go through the real filter chain, nothing is switched off.
 *
 * <p>An access token is shaped as the identity service issues one: header type {@code at+jwt}, audience
 * {@value AccessTokenProperties#API_AUDIENCE}, the client's id. {@link #idToken} and {@link #forAudience} make the
 * tokens the APIs must refuse.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.test";

    /** The client the console signs people in as, whose ID tokens carry it as their audience. */
    public static final String CONSOLE_CLIENT = "cooplog-console";

    private static final KeyPair KEYS = generate();
    private static final JwtEncoder ENCODER =
            new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                    .privateKey((RSAPrivateKey) KEYS.getPrivate())
                    .keyID("test")
                    .build())));

    private TestTokens() {}

    /** {@code Bearer <jwt>} for a user with these roles, valid for an hour. */
    public static String bearer(String user, Role... roles) {
        return "Bearer " + token(user, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    /** {@code Bearer <jwt>} that expired a minute ago. */
    public static String expired(String user, Role... roles) {
        return "Bearer " + token(user, Instant.now().minus(Duration.ofMinutes(1)), roles);
    }

    /** The signed access token itself. */
    public static String token(String user, Instant expiresAt, Role... roles) {
        return sign(
                AccessTokenProperties.ACCESS_TOKEN_TYPE,
                claims(user, expiresAt, roles)
                        .audience(List.of(AccessTokenProperties.API_AUDIENCE))
                        .claim("client_id", CONSOLE_CLIENT));
    }

    /**
     * {@code Bearer <jwt>} of the console's OpenID Connect ID token for this user, as the provider signs it: type
     * {@code JWT}, audience the console's client id, the same roles and name as the access token.
     */
    public static String idToken(String user, Role... roles) {
        return "Bearer "
                + sign(
                        "JWT",
                        claims(user, Instant.now().plus(Duration.ofMinutes(30)), roles)
                                .audience(List.of(CONSOLE_CLIENT))
                                .claim("azp", CONSOLE_CLIENT)
                                .claim("auth_time", Instant.now().getEpochSecond()));
    }

    /** {@code Bearer <jwt>} of an access token in every way but its audience, which names another service. */
    public static String forAudience(String audience, String user, Role... roles) {
        return "Bearer "
                + sign(
                        AccessTokenProperties.ACCESS_TOKEN_TYPE,
                        claims(user, Instant.now().plus(Duration.ofHours(1)), roles)
                                .audience(List.of(audience))
                                .claim("client_id", CONSOLE_CLIENT));
    }

    private static JwtClaimsSet.Builder claims(String user, Instant expiresAt, Role... roles) {
        return JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("roles", Arrays.stream(roles).map(Role::name).toList())
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt);
    }

    private static String sign(String type, JwtClaimsSet.Builder claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId("test")
                .type(type)
                .build();
        return ENCODER.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** For MockMvc: {@code mvc.perform(post(...).with(TestTokens.as("desk.bilateral", Role.DESK_BILATERAL)))}. */
    public static RequestPostProcessor as(String user, Role... roles) {
        String authorization = bearer(user, roles);
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
            return request;
        };
    }

    /**
     * The public half of the signing key as PEM: a service started in another JVM trusts these tokens with
     * {@code --spring.security.oauth2.resourceserver.jwt.public-key-location=file:<this, saved>} and
     * {@code --spring.security.oauth2.resourceserver.jwt.issuer-uri=}{@value #ISSUER}.
     */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * A decoder that trusts exactly the tokens signed here and checks them with the service's token validators, as
     * the service's own decoder does with the provider's tokens.
     */
    public static JwtDecoder decoder(List<OAuth2TokenValidator<Jwt>> validators) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        decoder.setJwtValidator(
                validators.isEmpty()
                        ? JwtValidators.createDefault()
                        : JwtValidators.createDefaultWithValidators(validators));
        return decoder;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has RSA", e);
        }
    }
}
