package org.cooplog.identity.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes kept in a properties file, one {@code name=hash} a line. A name that has no line gets a random
 * password the first time it is needed; the password is handed out once and only its hash is kept, so removing a line
 * (or the file) and restarting is how a password is reset.
 */
public final class CredentialStore {

    private final Path file;
    private final PasswordEncoder encoder;
    private final Map<String, String> hashes;

    private CredentialStore(Path file, PasswordEncoder encoder, Map<String, String> hashes) {
        this.file = file;
        this.encoder = encoder;
        this.hashes = hashes;
    }

    public static CredentialStore open(Path file, PasswordEncoder encoder) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    int equals = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                        hashes.put(
                                line.substring(0, equals).strip(),
                                line.substring(equals + 1).strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new CredentialStore(file, encoder, hashes);
    }

    /** Makes a password for every name that has none, saves their hashes, and returns the new passwords. */
    public Map<String, String> ensure(List<String> names, String heading) {
        Map<String, String> created = new LinkedHashMap<>();
        for (String name : names) {
            if (!hashes.containsKey(name)) {
                String password = Passwords.generate();
                hashes.put(name, encoder.encode(password));
                created.put(name, password);
            }
        }
        if (!created.isEmpty()) {
            save(heading);
        }
        return created;
    }

    /** Whether the name has a password here. */
    public boolean has(String name) {
        return hashes.containsKey(name);
    }

    /** Replaces the name's password, keeping only its hash; returns the hash. */
    public synchronized String replace(String name, String password, String heading) {
        if (!hashes.containsKey(name)) {
            throw new IllegalStateException(name + " has no password in " + file);
        }
        String hash = encoder.encode(password);
        hashes.put(name, hash);
        save(heading);
        return hash;
    }

    /** The stored hash, as the password encoder writes it: {@code {bcrypt}$2a$10$...}. */
    public String hashOf(String name) {
        String hash = hashes.get(name);
        if (hash == null) {
            throw new IllegalStateException(name + " has no password in " + file);
        }
        return hash;
    }

    private synchronized void save(String heading) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + heading);
        lines.add("# Only hashes are kept. To reset a password, an administrator sets a new one (docs/security.md), or"
                + " delete its line and restart the identity service.");
        hashes.forEach((name, hash) -> lines.add(name + "=" + hash));
        SecretFiles.write(file, String.join("\n", lines) + "\n");
    }
}
