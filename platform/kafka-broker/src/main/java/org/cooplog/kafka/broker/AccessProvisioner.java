package org.cooplog.kafka.broker;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;

/**
 * Creates the services' SCRAM users and the {@link AccessPolicy}'s ACLs on a cluster, as its super user. Safe to run
 * again: a user's password is set to the one given, and an ACL that exists is left as it is.
 */
public final class AccessProvisioner {

    private static final int SCRAM_ITERATIONS = 8192;
    private static final long TIMEOUT_SECONDS = 60;

    private AccessProvisioner() {}

    /**
     * @param passwords the password of every user in {@link AccessPolicy#users()}
     * @return the users whose credentials were set
     */
    public static List<String> apply(Admin admin, Map<String, String> passwords) {
        List<String> missing = AccessPolicy.users().stream()
                .filter(user ->
                        passwords.get(user) == null || passwords.get(user).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No Kafka password for " + String.join(", ", missing));
        }
        List<UserScramCredentialAlteration> credentials = AccessPolicy.users().stream()
                .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(
                        user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        passwords.get(user)))
                .toList();
        await(admin.alterUserScramCredentials(credentials).all());
        await(admin.createAcls(AccessPolicy.bindings()).all());
        return AccessPolicy.users();
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up access", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Could not set up access: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The cluster did not answer within " + TIMEOUT_SECONDS + "s", e);
        }
    }
}
