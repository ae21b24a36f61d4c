package org.cooplog.events.evolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.cooplog.events.EventTypes;
import org.cooplog.events.codec.EventCodec;

/**
 * The build's guard over schema evolution, run on every build of the schemas module.
 *
 * <p>{@code check DIR}: released versions in DIR are unchanged (their fingerprints match {@code
 * fingerprints.txt}), and the versions of each event type, with this build's version last, are fully
 * transitively compatible. {@code release DIR}: writes this build's version of each changed event type as the
 * next released version.
 */
public final class SchemaCheck {

    static final String LOCK_FILE = "fingerprints.txt";

    private final Path releasedDir;
    private final List<Schema> current;

    SchemaCheck(Path releasedDir, List<Schema> current) {
        this.releasedDir = releasedDir;
        this.current = current;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("check", "release").contains(args[0])) {
            System.err.println("usage: SchemaCheck check|release RELEASED_DIR");
            System.exit(2);
        }
        SchemaCheck schemaCheck = new SchemaCheck(Path.of(args[1]), EventTypes.all());
        if (args[0].equals("release")) {
            schemaCheck.release().forEach(line -> System.out.println("released " + line));
        }
        List<String> problems = schemaCheck.check();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("schema check: " + problem));
            throw new IllegalStateException(problems.size() + " schema evolution problem(s); see above");
        }
    }

    /** Everything wrong with the released versions and this build's schemas; empty when all is well. */
    List<String> check() throws IOException {
        List<String> problems = new ArrayList<>(lockProblems());
        for (Schema schema : current) {
            List<Schema> versions = new ArrayList<>(released(schema.getFullName()));
            versions.add(schema);
            problems.addAll(CompatibilityCheck.fullTransitive(versions));
        }
        return problems;
    }

    /** Writes the next version of every event type whose schema changed since its last release. */
    List<String> release() throws IOException {
        List<String> written = new ArrayList<>();
        Map<String, String> lock = readLock();
        for (Schema schema : current) {
            List<Schema> versions = released(schema.getFullName());
            boolean unchanged =
                    !versions.isEmpty() && fingerprint(versions.get(versions.size() - 1)) == fingerprint(schema);
            if (unchanged) {
                continue;
            }
            String file = schema.getFullName() + "/v" + (versions.size() + 1) + ".avsc";
            Path path = releasedDir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, schema.toString(true) + "\n", StandardCharsets.UTF_8);
            lock.put(file, EventCodec.hex(fingerprint(schema)));
            written.add(file);
        }
        Files.write(
                releasedDir.resolve(LOCK_FILE),
                lock.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList(),
                StandardCharsets.UTF_8);
        return written;
    }

    private List<String> lockProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> lock = readLock();
        Map<String, String> actual = new TreeMap<>();
        if (Files.isDirectory(releasedDir)) {
            try (Stream<Path> files = Files.walk(releasedDir)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".avsc")).toList()) {
                    String name = releasedDir.relativize(file).toString().replace('\\', '/');
                    actual.put(name, EventCodec.hex(fingerprint(parse(file))));
                }
            }
        }
        lock.forEach((file, fingerprint) -> {
            if (!actual.containsKey(file)) {
                problems.add("released schema " + file + " was removed; released versions stay forever");
            } else if (!actual.get(file).equals(fingerprint)) {
                problems.add("released schema " + file + " was edited (fingerprint " + actual.get(file)
                        + ", released as " + fingerprint + "); add a new version instead");
            }
        });
        actual.keySet().stream()
                .filter(file -> !lock.containsKey(file))
                .forEach(file ->
                        problems.add("schema " + file + " is not in " + LOCK_FILE + "; release with 'release'"));
        return problems;
    }

    private List<Schema> released(String fullName) throws IOException {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            Path file = releasedDir.resolve(fullName).resolve("v" + version + ".avsc");
            if (!Files.exists(file)) {
                return versions;
            }
            versions.add(parse(file));
        }
    }

    private Map<String, String> readLock() throws IOException {
        Map<String, String> lock = new TreeMap<>();
        Path file = releasedDir.resolve(LOCK_FILE);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    lock.put(parts[0], parts[1]);
                }
            }
        }
        return lock;
    }

    private static Schema parse(Path file) throws IOException {
        return new Schema.Parser().parse(file.toFile());
    }

    private static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }
}
