package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cooplog.events.common.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityPartiesTests {

    static final Activity OGP_WORKSHOP = Chain.plannedOgpWorkshop().activity();
    static final Activity AFA_WORKSHOP = Chain.plannedWorkshop().activity();

    @Test
    void theOgpWorkshopWasOrganisedByTowardsTransparencyAndFundedByBelgiumAndDenmark() {
        ActivityParties parties = ActivityParties.of(OGP_WORKSHOP);

        assertThat(parties.organisers()).extracting(Organisation::getNameEn).containsExactly("Towards Transparency");
        assertThat(parties.funders()).extracting(Organisation::getCountry).containsExactly("BE", "DK");
        assertThat(parties.partners()).isEmpty();
        assertThat(parties.partnerCountry()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Towards Transparency",
                "towards transparency",
                "Tổ chức Hướng tới Minh bạch",
                "TT",
                "BE",
                "be",
                "Belgium",
                "Bỉ",
                "Denmark",
                "Đan Mạch",
                "dan mach",
                "DAN MẠCH",
                "to chuc huong toi minh bach",
                " DK ",
                "Embassy of Denmark",
                "Bộ Ngoại giao Vương quốc Bỉ"
            })
    void theOgpWorkshopIsFoundByItsOrganiserAndItsFunders(String named) {
        assertThat(ActivityParties.of(OGP_WORKSHOP).include(named)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "France", "Pháp", "AFA", "Cơ quan Phòng, chống tham nhũng Pháp"})
    void aBilateralWorkshopIsFoundByItsPartnerAndItsPartnerCountry(String named) {
        assertThat(ActivityParties.of(AFA_WORKSHOP).include(named)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KR", "Hàn Quốc", "han quoc", "South Korea"})
    void aCountryIsNamedByItsCodeOrItsNameInEitherLanguage(String named) {
        assertThat(ActivityParties.countryNames(named)).containsExactly("Hàn Quốc", "South Korea");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Towards Transparency", "AFA", "Hàn", ""})
    void whatNamesNoCountryHasNoCountryNames(String named) {
        assertThat(ActivityParties.countryNames(named)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "Transparency", "Bel", "", "  ", "OGP"})
    void nothingElseFindsTheOgpWorkshop(String named) {
        assertThat(ActivityParties.of(OGP_WORKSHOP).include(named)).isFalse();
    }
}
