package org.cooplog.identity.account;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out passwords made on this start, once: to the standalone launcher through a file only this account can read,
 * which the launcher prints and deletes; otherwise on standard output, where an operator running the container sees
 * it. They are never logged through the logging system, which may keep them.
 */
public final class NewPasswords {

    private static final Logger log = LoggerFactory.getLogger(NewPasswords.class);

    private NewPasswords() {}

    public static void handOut(Map<String, String> created, Path handoverFile, Path storedIn) {
        if (created.isEmpty()) {
            log.info("Passwords are kept hashed in {}; delete a line there and restart to reset one.", storedIn);
            return;
        }
        StringBuilder text = new StringBuilder();
        created.forEach((name, password) ->
                text.append(name).append('=').append(password).append('\n'));
        if (handoverFile != null && !handoverFile.toString().isBlank()) {
            SecretFiles.write(handoverFile, text.toString());
            log.info("{} new passwords handed to the launcher", created.size());
        } else {
            System.out.println("\nNew passwords, shown only this once (hashes are kept in " + storedIn + "):\n\n"
                    + text.toString().replace("=", "   ").indent(2));
        }
    }
}
