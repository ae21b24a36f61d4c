package org.cooplog.projector.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.content.Issuer;
import org.cooplog.reporting.content.Localized;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who reports to whom, on which periods: configuration, not code, because ministries merge and rename (the Ministry
 * of Planning and Investment became part of the Ministry of Finance in 2025).
 *
 * @param automaticFrom periods that close on or after this day are issued automatically when they close; earlier
 *     ones only on request. Null turns automatic issuing off.
 * @param checkEvery how often closed periods are looked for
 */
@Validated
@ConfigurationProperties("cooplog.reports")
public record ReportsProperties(
        @Valid @NotNull IssuerProperties issuer,
        @NotEmpty List<@Valid RecipientProperties> recipients,
        LocalDate automaticFrom,
        @DefaultValue("PT1M") Duration checkEvery) {

    public RecipientProperties recipient(String id) {
        return recipients.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UnknownRecipientException(id, recipients));
    }

    /** The issuing unit as the heading and signature block show it. */
    public record IssuerProperties(
            @NotBlank String governingBody,
            String governingBodyEn,
            @NotBlank String unit,
            String unitEn,
            @NotBlank @Pattern(regexp = "[A-ZĐ0-9-]{1,20}") String unitCode,
            @NotBlank String place,
            String placeEn,
            String authority,
            String authorityEn,
            @NotBlank String signerTitle,
            String signerTitleEn,
            @NotBlank String signerName,
            List<@Valid CopyProperties> copies) {

        public Issuer toIssuer() {
            return new Issuer(
                    new Localized(governingBody, governingBodyEn),
                    new Localized(unit, unitEn),
                    unitCode,
                    new Localized(place, placeEn),
                    authority == null ? null : new Localized(authority, authorityEn),
                    new Localized(signerTitle, signerTitleEn),
                    signerName,
                    copies == null
                            ? List.of()
                            : copies.stream()
                                    .map(c -> new Localized(c.vi(), c.en()))
                                    .toList());
        }
    }

    /** A line of the Nơi nhận list after the addressee, e.g. "Lưu: VT, HTQT." */
    public record CopyProperties(@NotBlank String vi, String en) {}

    /**
     * A ministry or commission the department reports to.
     *
     * @param id a short stable name used in report ids, e.g. {@code mofa}
     * @param dueDay the day of the period's last month the report is due by
     * @param language {@code vi} or {@code en}
     */
    public record RecipientProperties(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,30}") String id,
            @NotBlank String name,
            String nameEn,
            @NotEmpty Set<PeriodKind> periods,
            @DefaultValue("DECREE_09_2019") CutOffRule rule,
            @DefaultValue("25") @Min(1) @Max(28) int dueDay,
            @DefaultValue("vi") @Pattern(regexp = "vi|en") String language) {

        public Localized localizedName() {
            return new Localized(name, nameEn);
        }

        /** The same recipient with reports in another language, as a preview may ask; null keeps its own. */
        public RecipientProperties inLanguage(String other) {
            return other == null ? this : new RecipientProperties(id, name, nameEn, periods, rule, dueDay, other);
        }
    }
}
