package org.cooplog.publisher.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The imports the status endpoint can tell about: the most recent ones, so memory does not grow with uptime. An
 * import forgotten here, or lost in a restart, is still recognised when its file comes again, by the idempotency
 * keys its rows left in the log.
 */
final class ImportRegistry {

    private final Map<String, SpreadsheetImport> imports;

    ImportRegistry(int capacity) {
        this.imports = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SpreadsheetImport> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SpreadsheetImport> find(String importId) {
        return Optional.ofNullable(imports.get(importId));
    }

    /**
     * Starts the import unless the same file is already known and did not fail; a failed one is tried again.
     *
     * @return the import that stands for the file: the new one, or the one known before
     */
    synchronized SpreadsheetImport startUnlessKnown(SpreadsheetImport fresh) {
        SpreadsheetImport known = imports.get(fresh.importId());
        if (known != null && known.status() != SpreadsheetImport.Status.FAILED) {
            return known;
        }
        imports.remove(fresh.importId());
        imports.put(fresh.importId(), fresh);
        return fresh;
    }

    synchronized void update(String importId, UnaryOperator<SpreadsheetImport> step) {
        imports.computeIfPresent(importId, (id, current) -> step.apply(current));
    }

    synchronized void forget(String importId) {
        imports.remove(importId);
    }
}
