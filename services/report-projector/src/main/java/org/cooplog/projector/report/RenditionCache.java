package org.cooplog.projector.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.render.Rendition;
import org.springframework.stereotype.Component;

/**
 * The renditions of recently issued or reproduced reports, so a download does not replay the log each time. Only a
 * cache: every issued report can be made again from the log.
 */
@Component
class RenditionCache {

    private static final int CAPACITY = 32;

    private final Map<String, List<Rendition>> byReport = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Rendition>> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void put(String reportId, List<Rendition> renditions) {
        byReport.put(reportId, List.copyOf(renditions));
    }

    synchronized Optional<Rendition> get(String reportId, ReportFormat format) {
        List<Rendition> renditions = byReport.get(reportId);
        return renditions == null
                ? Optional.empty()
                : renditions.stream().filter(r -> r.format() == format).findFirst();
    }
}
