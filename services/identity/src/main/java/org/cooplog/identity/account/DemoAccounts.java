package org.cooplog.identity.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cooplog.security.Role;

/** The demo users of standalone mode: one per role, named after what they do. */
public final class DemoAccounts {

    /** User name and role, in the order they are printed. */
    public static final Map<String, Role> USERS = users();

    /** The machine client for scripts and curl; its roles are configuration. */
    public static final String CLI_CLIENT = "cooplog-cli";

    /** The machine client the standalone launcher loads the seeds with: every desk. */
    public static final String SEEDER_CLIENT = "cooplog-seeder";

    /** The console's client: a browser application, so public, with PKCE instead of a secret. */
    public static final String CONSOLE_CLIENT = "cooplog-console";

    private DemoAccounts() {}

    private static Map<String, Role> users() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("desk.uncac", Role.DESK_UNCAC);
        users.put("desk.aseanpac", Role.DESK_ASEANPAC);
        users.put("desk.apec", Role.DESK_APEC);
        users.put("desk.bilateral", Role.DESK_BILATERAL);
        users.put("desk.ogp", Role.DESK_OGP);
        users.put("report.officer", Role.REPORT_OFFICER);
        users.put("auditor", Role.AUDITOR);
        users.put("admin", Role.ADMIN);
        return java.util.Collections.unmodifiableMap(users);
    }
}
