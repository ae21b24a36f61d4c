package org.cooplog.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real product for the browser tests, started once for every test class that uses it and stopped when the test
 * run ends: broker, identity service, publishers, projector and console, each its own process as standalone mode runs
 * them. The classes share its log, so each test records under titles of its own and never counts on what others
 * left. People sign in at the identity service with the demo passwords made at the first start.
 *
 * <p>Pages are saved as PNGs in {@code target/screenshots}; with {@code -Dcooplog.screenshots=docs} in the
 * repository's {@code docs/screenshots}, which the README shows.
 */
final class RunningProduct implements BeforeAllCallback {

    /** The day on Viet Nam's clock; every record of a run is made on the day the product started or later. */
    static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static RunningProduct.Started started;

    /** What a test class reaches through the extension. */
    record Started(
            Standalone standalone,
            Path home,
            Map<String, String> passwords,
            String console,
            Path screenshots,
            LocalDate startedOn)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            standalone.stop();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            } catch (IOException e) {
                // left in the temporary directory
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(RunningProduct.class))
                .getOrComputeIfAbsent("product", key -> start(), Started.class);
    }

    /** The running product; only after a class using this extension has begun. */
    static Started get() {
        if (started == null) {
            throw new IllegalStateException("@ExtendWith(RunningProduct.class) starts the product first");
        }
        return started;
    }

    /** A person at the console, signed in, in a desktop-sized window. */
    static Browser as(String user) {
        Started product = get();
        return Browser.open(product.console(), product.home().resolve("profiles"))
                .signIn(user, product.passwords().get(user));
    }

    static Path screenshot(String name) {
        return get().screenshots().resolve(name);
    }

    private static synchronized Started start() {
        try {
            Properties build = new Properties();
            try (InputStream in = Standalone.class.getResourceAsStream("/standalone.properties")) {
                build.load(in);
            }
            LocalDate startedOn = LocalDate.now(VIET_NAM);
            Path home = Files.createTempDirectory("cooplog-browser-");
            Map<String, Integer> ports = new HashMap<>();
            ServiceSpec.ALL.forEach(spec -> ports.put(spec.module(), freePort()));
            Standalone standalone = new Standalone(
                    home,
                    Path.of(build.getProperty("services.dir")),
                    Path.of(build.getProperty("seeds.dir")),
                    build.getProperty("version"),
                    0,
                    spec -> ports.get(spec.module()));
            standalone.start(null);
            Path repository = Path.of(build.getProperty("services.dir")).getParent();
            Path screenshots = "docs".equals(System.getProperty("cooplog.screenshots"))
                    ? repository.resolve("docs/screenshots")
                    : Path.of("target/screenshots");
            Files.createDirectories(home.resolve("profiles"));
            started = new Started(
                    standalone, home, standalone.newPasswords(), standalone.consoleUrl(), screenshots, startedOn);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
