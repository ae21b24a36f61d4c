package org.cooplog.events.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.cooplog.events.EventTypes;

/**
 * The schemas a decoder may meet: every released version of every event type, found by fingerprint, and the
 * version of this build that each is read into.
 */
public final class SchemaCatalog {

    /** Where released versions are on the class path: {@code <full name>/v<N>.avsc}, N = 1, 2, ... */
    public static final String RELEASED_RESOURCE_ROOT = "/cooplog/schemas/released/";

    private final Map<Long, Schema> writers = new LinkedHashMap<>();
    private final Map<String, Schema> readers = new LinkedHashMap<>();

    private SchemaCatalog(Collection<Schema> current, Collection<Schema> released) {
        released.forEach(schema -> writers.put(SchemaNormalization.parsingFingerprint64(schema), schema));
        current.forEach(schema -> {
            writers.put(SchemaNormalization.parsingFingerprint64(schema), schema);
            readers.put(schema.getFullName(), schema);
        });
    }

    /** A catalog of the given schemas; the current ones are also the reader schemas. */
    public static SchemaCatalog of(Collection<Schema> current, Collection<Schema> released) {
        return new SchemaCatalog(current, released);
    }

    /** The event types of this build and every released version of them on the class path. */
    public static SchemaCatalog load() {
        List<Schema> released = new ArrayList<>();
        for (Schema type : EventTypes.all()) {
            released.addAll(releasedVersions(type.getFullName()));
        }
        return new SchemaCatalog(EventTypes.all(), released);
    }

    /** The released versions of one event type on the class path, oldest first. */
    public static List<Schema> releasedVersions(String fullName) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            String path = RELEASED_RESOURCE_ROOT + fullName + "/v" + version + ".avsc";
            try (InputStream in = SchemaCatalog.class.getResourceAsStream(path)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + path, e);
            }
        }
    }

    public Optional<Schema> writerSchema(long fingerprint) {
        return Optional.ofNullable(writers.get(fingerprint));
    }

    public Optional<Schema> readerSchema(String fullName) {
        return Optional.ofNullable(readers.get(fullName));
    }

    /** Every schema a record may have been written with, by fingerprint. */
    public Map<Long, Schema> writerSchemas() {
        return Map.copyOf(writers);
    }
}
