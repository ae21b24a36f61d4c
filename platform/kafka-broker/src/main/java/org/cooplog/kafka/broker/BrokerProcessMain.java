package org.cooplog.kafka.broker;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Entry point of the broker's child JVM: formats the storage when asked, then runs {@code kafka.Kafka} until the
 * parent JVM goes away, so a killed test run or application never leaves an orphan broker behind. Runs only in the
 * child, on the Kafka classpath; it must stay a single class because it is copied out as one file.
 *
 * <p>Arguments: {@code PARENT_PID SERVER_PROPERTIES [FORMAT_ARGUMENTS...]}.
 */
final class BrokerProcessMain {

    /** How long a graceful shutdown may take after the parent is gone before the JVM is halted. */
    private static final long SHUTDOWN_GRACE_MILLIS = 30_000;

    private BrokerProcessMain() {}

    public static void main(String[] args) {
        long parentPid = Long.parseLong(args[0]);
        String config = args[1];
        exitWithParent(parentPid);
        if (args.length > 2) {
            String[] format = Stream.concat(
                            Stream.of("format", "--config", config), Arrays.stream(args, 2, args.length))
                    .toArray(String[]::new);
            int status = StorageTool.execute(format, System.out);
            if (status != 0) {
                System.exit(status);
            }
        }
        Kafka.main(new String[] {config});
    }

    private static void exitWithParent(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            System.err.println("Parent process " + parentPid + " is already gone; not starting");
            System.exit(2);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("Parent process " + parentPid + " exited; shutting the broker down");
            Thread halt = new Thread(BrokerProcessMain::haltAfterGrace, "halt-after-grace");
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        });
    }

    private static void haltAfterGrace() {
        try {
            Thread.sleep(SHUTDOWN_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(3);
    }
}
