package org.lifelonglinks.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.MissingFieldException;

class FieldsTests {

    @Test
    void tidiesFullAndPartialPostcodes() {
        assertThat(Fields.postcode("postcode", " cv1 2ab ")).isEqualTo("CV1 2AB");
        assertThat(Fields.postcode("postcode", "sw1a1aa")).isEqualTo("SW1A 1AA");
        assertThat(Fields.postcode("postcode", "CV1")).isEqualTo("CV1");
        assertThat(Fields.postcode("postcode", "")).isNull();
    }

    @Test
    void refusesWhatIsNotAPostcode() {
        assertThatThrownBy(() -> Fields.postcode("postcode", "12345"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("not a UK postcode");
    }

    @Test
    void aPersonNeedsSomeName() {
        assertThatThrownBy(() -> new PersonDetails(" ", null, null, null, null, null, null, false, null, null))
                .isInstanceOf(MissingFieldException.class);
        assertThat(new PersonDetails(null, null, null, "Nanna Jo", null, null, null, false, null, null).knownAs())
                .isEqualTo("Nanna Jo");
    }

    @Test
    void aDateOfBirthSetsTheBirthYear() {
        var person = new PersonDetails("Jo", null, null, null, LocalDate.of(1980, 4, 1), null, null, false, null, null);

        assertThat(person.birthYear()).isEqualTo(1980);
        assertThat(person.sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void formerNamesAreTidiedAndDeduplicated() {
        var person = new PersonDetails("Jo", "Testb", Arrays.asList(" Testa ", "Testa", null, ""), null, null, null,
                null, false, null, null);

        assertThat(person.formerFamilyNames()).isEqualTo(List.of("Testa"));
    }

    @Test
    void aBirthYearBeforeTheYear1000IsRefusedButAncestorsAreWelcome() {
        assertThat(new PersonDetails("Jo", null, null, null, null, 1700, null, false, null, null).birthYear())
                .isEqualTo(1700);
        assertThatThrownBy(() -> new PersonDetails("Jo", null, null, null, null, 999, null, false, null, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("birthYear");
    }

    @Test
    void kinshipQualifiersMustFitTheKind() {
        assertThat(new AddKin("p", KinKind.SIBLING, null).qualifier()).isEqualTo(KinQualifier.FULL);
        assertThat(new AddKin("p", KinKind.PARTNER, KinQualifier.FORMER).qualifier()).isEqualTo(KinQualifier.FORMER);
        assertThatThrownBy(() -> new AddKin("p", KinKind.PARENT, KinQualifier.HALF))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("BIRTH");
    }

    @Test
    void aReferralCannotComeBeforeBirth() {
        assertThatThrownBy(() -> new YoungPersonDetails("Al", "Test", LocalDate.of(2012, 1, 1), "L1", "east", null,
                LocalDate.of(2011, 1, 1)))
                .isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("referralDate");
    }
}
