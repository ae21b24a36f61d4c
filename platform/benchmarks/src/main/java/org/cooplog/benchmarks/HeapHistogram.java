package org.cooplog.benchmarks;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/** The classes that hold most of this JVM's heap, from the JVM's own class histogram: where the megabytes go. */
final class HeapHistogram {

    private HeapHistogram() {}

    /** The first {@code lines} classes of the histogram, largest first, as jcmd's GC.class_histogram prints them. */
    static String top(int lines) {
        try {
            Object histogram = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {null},
                            new String[] {String[].class.getName()});
            return ((String) histogram).lines().limit(lines + 3).reduce("", (a, b) -> a + b + "\n");
        } catch (Exception e) {
            return "no class histogram: " + e;
        }
    }
}
