package org.cooplog.reporting.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cooplog.reporting.render.ReportRenditions;
import org.junit.jupiter.api.Test;

/** Which template makes a report again: the one whose version the report recorded, or none. */
class ReportTemplatesTests {

    @Test
    void theLiveTemplateIsTheOneNewReportsRecord() {
        assertThat(ReportTemplates.live().version()).isEqualTo(ReportRenditions.TEMPLATE_VERSION);
        assertThat(ReportTemplates.require(ReportRenditions.TEMPLATE_VERSION)).isSameAs(ReportTemplates.live());
    }

    @Test
    void everyReleasedVersionIsHeldBesideTheLiveOne() {
        assertThat(ReportTemplates.versions()).containsExactly("2026.3", ReportRenditions.TEMPLATE_VERSION);
    }

    @Test
    void aVersionThisBuildDoesNotHoldIsRefusedByName() {
        assertThat(ReportTemplates.of("2025.1")).isEmpty();
        assertThatThrownBy(() -> ReportTemplates.require("2025.1"))
                .isInstanceOf(UnknownTemplateVersionException.class)
                .hasMessageContaining("2025.1")
                .hasMessageContaining("2026.3")
                .satisfies(e -> assertThat(((UnknownTemplateVersionException) e).version())
                        .isEqualTo("2025.1"));
    }
}
