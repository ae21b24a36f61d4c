package org.cooplog.publisher.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The imports the status endpoint can tell about: the most recent ones, so memory does not grow with uptime. An
 * import forgotten here, or lost in a restart, is still recognised when its file comes again, by the idempotency
 * keys its rows left in the log. Each is its caller's, as those keys are: the same file from another caller is an
 * import of its own, and nobody learns from here what another imported.
 */
final class ImportRegistry {

    /** One caller's import of one file. */
    private record Key(String caller, String importId) {}

    private final Map<Key, SpreadsheetImport> imports;

    ImportRegistry(int capacity) {
        this.imports = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SpreadsheetImport> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SpreadsheetImport> find(String caller, String importId) {
        return Optional.ofNullable(imports.get(new Key(caller, importId)));
    }

    /**
     * Starts the import unless the same file is already known and did not fail; a failed one is tried again.
     *
     * @return the import that stands for the file: the new one, or the one known before
     */
    synchronized SpreadsheetImport startUnlessKnown(String caller, SpreadsheetImport fresh) {
        Key key = new Key(caller, fresh.importId());
        SpreadsheetImport known = imports.get(key);
        if (known != null && known.status() != SpreadsheetImport.Status.FAILED) {
            return known;
        }
        imports.remove(key);
        imports.put(key, fresh);
        return fresh;
    }

    synchronized void update(String caller, String importId, UnaryOperator<SpreadsheetImport> step) {
        imports.computeIfPresent(new Key(caller, importId), (id, current) -> step.apply(current));
    }

    synchronized void forget(String caller, String importId) {
        imports.remove(new Key(caller, importId));
    }
}
