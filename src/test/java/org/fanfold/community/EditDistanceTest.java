package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void smallEditsStayWithinTheLimitAndLargeOnesDoNot() {
        assertThat(EditDistance.exceeds("kitten", "sitting", 3)).isFalse();
        assertThat(EditDistance.exceeds("kitten", "sitting", 2)).isTrue();
        assertThat(EditDistance.exceeds("", "", 0)).isFalse();
        assertThat(EditDistance.exceeds("abc", "", 3)).isFalse();
        assertThat(EditDistance.exceeds("abcd", "", 3)).isTrue();
        String text = "A perfectly pleasant comment about chapter two.";
        assertThat(EditDistance.exceeds(text, text.replace("pleasant", "pleasing"), 10))
                .isFalse();
        assertThat(EditDistance.exceeds(text, "Something else entirely, and much longer than before.", 10))
                .isTrue();
    }

    @Test
    void insertionsInTheMiddleCountOncePerCharacter() {
        String a = "x".repeat(5_000) + "y".repeat(5_000);
        String b = "x".repeat(5_000) + "0123456789" + "y".repeat(5_000);
        assertThat(EditDistance.exceeds(a, b, 10)).isFalse();
        assertThat(EditDistance.exceeds(a, b + "!", 10)).isTrue();
    }
}
