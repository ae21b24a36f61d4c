package org.cooplog.reporting.template;

import java.util.Collection;

/**
 * A report names a template version this build does not hold. Rendering it with another version would give other
 * bytes and a mismatch that blames the log, so the report is refused by name instead.
 */
public final class UnknownTemplateVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String version;

    UnknownTemplateVersionException(String version, Collection<String> held) {
        super("Template version " + version + " is not held by this build (it holds " + String.join(", ", held)
                + "), so the report cannot be made again here; use a build that holds " + version + ".");
        this.version = version;
    }

    /** The version the report names. */
    public String version() {
        return version;
    }
}
