package org.cooplog.events.evolution;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Full transitive compatibility of the versions of one event type: every version reads data written by every
 * other version, older or newer. That is what lets a ten-year-old record and a reader built tomorrow meet.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {}

    /**
     * Checks every ordered pair of versions.
     *
     * @param versions the versions of one event type, oldest first; the last may be an unreleased change
     * @return one line per incompatible pair, empty when all are compatible
     */
    public static List<String> fullTransitive(List<Schema> versions) {
        List<String> problems = new ArrayList<>();
        for (int writer = 0; writer < versions.size(); writer++) {
            for (int reader = 0; reader < versions.size(); reader++) {
                if (writer == reader) {
                    continue;
                }
                SchemaPairCompatibility result =
                        SchemaCompatibility.checkReaderWriterCompatibility(versions.get(reader), versions.get(writer));
                if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
                    problems.add("%s: version %d cannot read data written by version %d: %s"
                            .formatted(
                                    versions.get(reader).getFullName(),
                                    reader + 1,
                                    writer + 1,
                                    result.getResult().getIncompatibilities().stream()
                                            .map(i -> i.getMessage() + " at " + i.getLocation())
                                            .toList()));
                }
            }
        }
        return problems;
    }
}
