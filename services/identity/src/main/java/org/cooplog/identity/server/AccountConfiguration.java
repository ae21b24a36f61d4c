package org.cooplog.identity.server;

import org.cooplog.identity.account.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Who may sign in: the demo users with their passwords, and the registered clients. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** bcrypt, named in each stored hash ({@code {bcrypt}...}) so a stronger encoder can come later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Accounts accounts(IdentityProperties identity, PasswordEncoder encoder) {
        return Accounts.open(identity.home(), encoder, identity.newPasswordsFile());
    }

    /** In memory, so that an administrator's new password takes effect at once (its hash is saved by {@link Accounts}). */
    @Bean
    InMemoryUserDetailsManager users(Accounts accounts) {
        return new InMemoryUserDetailsManager(accounts.users());
    }

    @Bean
    RegisteredClientRepository clients(Accounts accounts, IdentityProperties identity, PasswordEncoder encoder) {
        return Clients.of(accounts, identity, encoder);
    }
}
