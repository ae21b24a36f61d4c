package org.cooplog.reporting.content;

import java.time.LocalDate;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * The texts a periodic report is made under, valid in the period it covers: Decree 09/2019/NĐ-CP for every period
 * under its cut-off rule, and Circular 02/2021/TT-TTCP only for periods that close once it was in force, so a 2019
 * report never cites a circular that did not exist yet.
 */
final class LegalBasis {

    /**
     * Circular 02/2021/TT-TTCP was signed on 22 March 2021 and took effect on 10 May 2021 (its closing article, as
     * published in the Official Gazette and on the Government's portal).
     */
    static final LocalDate CIRCULAR_02_2021_IN_FORCE = LocalDate.of(2021, 5, 10);

    private LegalBasis() {}

    static boolean circularApplies(ReportPeriod period) {
        return !period.lastDay().isBefore(CIRCULAR_02_2021_IN_FORCE);
    }
}
