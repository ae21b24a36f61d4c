package org.cooplog.identity.account;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo users and the machine clients' secrets, from the identity home: {@code users.properties} and
 * {@code clients.properties}. Whatever is missing there is made now and handed out once.
 */
public final class Accounts {

    private static final String USERS_HEADING = "Demo users of Cooperation Log's standalone mode";

    private final CredentialStore users;
    private final CredentialStore clients;

    private Accounts(CredentialStore users, CredentialStore clients) {
        this.users = users;
        this.clients = clients;
    }

    public static Accounts open(Path home, PasswordEncoder encoder, Path handoverFile) {
        Path usersFile = home.resolve("users.properties");
        CredentialStore users = CredentialStore.open(usersFile, encoder);
        CredentialStore clients = CredentialStore.open(home.resolve("clients.properties"), encoder);
        Map<String, String> created =
                new LinkedHashMap<>(users.ensure(new ArrayList<>(DemoAccounts.USERS.keySet()), USERS_HEADING));
        created.putAll(
                clients.ensure(List.of(DemoAccounts.CLI_CLIENT), "Secrets of Cooperation Log's machine clients"));
        NewPasswords.handOut(created, handoverFile, home);
        return new Accounts(users, clients);
    }

    /** Every demo user with the one role its name says. */
    public List<UserDetails> users() {
        return DemoAccounts.USERS.entrySet().stream()
                .map(user -> User.withUsername(user.getKey())
                        .password(users.hashOf(user.getKey()))
                        .roles(user.getValue().name())
                        .build())
                .toList();
    }

    /** Whether a person signs in with this name. */
    public boolean isUser(String name) {
        return DemoAccounts.USERS.containsKey(name) && users.has(name);
    }

    /** Sets a person's password, already checked against the {@link PasswordRule}; returns its stored hash. */
    public String setPassword(String name, String password) {
        return users.replace(name, password, USERS_HEADING);
    }

    /** The stored hash of a machine client's secret. */
    public String clientSecretHash(String clientId) {
        return clients.hashOf(clientId);
    }
}
