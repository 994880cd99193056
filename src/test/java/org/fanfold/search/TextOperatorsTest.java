package org.fanfold.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** AO3's capitalised OR, AND and NOT become the engines' operators, outside phrases only. */
class TextOperatorsTest {

    @Test
    void capitalisedWordsBecomeOperators() {
        assertThat(TextOperators.translate("Angst OR Fluff")).isEqualTo("Angst | Fluff");
        assertThat(TextOperators.translate("Angst AND Fluff")).isEqualTo("Angst + Fluff");
        assertThat(TextOperators.translate("Angst NOT Fluff")).isEqualTo("Angst -Fluff");
        assertThat(TextOperators.translate("NOT \"hurt comfort\" OR tea")).isEqualTo("-\"hurt comfort\" | tea");
    }

    @Test
    void wordsInPhrasesLowerCaseAndInsideOtherWordsStay() {
        assertThat(TextOperators.translate("\"War OR Peace\" tea or coffee"))
                .isEqualTo("\"War OR Peace\" tea or coffee");
        assertThat(TextOperators.translate("ORACLE NOTE BRAND")).isEqualTo("ORACLE NOTE BRAND");
        assertThat(TextOperators.translate("\"unclosed OR")).isEqualTo("\"unclosed OR");
        assertThat(TextOperators.translate(null)).isNull();
        assertThat(TextOperators.translate(" ")).isEqualTo(" ");
    }
}
