package org.cooplog.standalone;

/**
 * An OpenID Connect provider of the operator's, named by {@code COOPLOG_ISSUER_URI}, which standalone mode trusts
 * instead of starting its identity service; and the client the seeds may be loaded as, which needs every desk role.
 */
record ExternalIssuer(String uri, String seedClientId, String seedClientSecret) {

    /** The seed loader's {@code Authorization} header, or null when no client was given. */
    String seederAuthorization() {
        if (seedClientId == null || seedClientSecret == null) {
            return null;
        }
        return "Bearer " + DemoIdentity.clientToken(uri, seedClientId, seedClientSecret);
    }
}
