package com.pmocareer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void aLeadSeesTheirUnitsAndThemselves() {
        var lead = new PeopleScope.Visibility(false, Set.of(10L, 11L), Set.of(7L));

        assertThat(lead.includes(99, 11)).isTrue();
        assertThat(lead.includes(7, 50)).isTrue();
        assertThat(lead.includes(99, 50)).isFalse();
    }

    @Test
    void theSqlConditionNamesOnlyWhatIsVisible() {
        var params = new HashMap<String, Object>();

        String junior = new PeopleScope.Visibility(false, Set.of(), Set.of(7L)).condition("p", params);

        assertThat(junior).isEqualTo("p.id IN (:visiblePeople)");
        assertThat(params).containsEntry("visiblePeople", Set.of(7L)).doesNotContainKey("visibleUnits");
        assertThat(new PeopleScope.Visibility(true, Set.of(), Set.of()).condition("p", new HashMap<>())).isEqualTo("1=1");
    }

    @Test
    void searchTextIsLowerCasedOnceAndHoldsNameEmailAndTitle() {
        assertThat(PersonStore.searchText(" Chloé Martin ", "Chloe.Martin@PMO.example", "Scrum Master"))
                .isEqualTo("chloé martin chloe.martin@pmo.example scrum master");
    }

    @Test
    void initialsTakeTheFirstAndLastName() {
        var person = new PersonView(1, "a@b.c", "Mary Ann O'Neil", null, 1, "u", "JUNIOR_PM", "Junior", null, null, null,
                null, null, Set.of(), 0);

        assertThat(person.initials()).isEqualTo("MO");
    }
}
