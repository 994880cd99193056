package org.fanfold.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanfold.downloads.book.DownloadFormat;
import org.junit.jupiter.api.Test;

/** AO3's download file names (its own examples, from otwarchive's download_spec). */
class FileNamesTest {

    private static String name(String title) {
        return FileNames.base(42, title);
    }

    @Test
    void asciiTitlesKeepLettersDigitsAndDashesWithUnderscoresForSpaces() {
        assertThat(name("Two of Hearts <3 &amp; >.< &")).isEqualTo("Two_of_Hearts_3");
        assertThat(name("Emjoi 🤩 Yay 🥳")).isEqualTo("Emjoi_Yay");
        assertThat(name(" Blank Space Baby")).isEqualTo("Blank_Space_Baby");
        assertThat(name("Write your name: ")).isEqualTo("Write_your_name");
        assertThat(name("Space   Opera")).isEqualTo("Space_Opera");
        assertThat(name("No-break\u00a0Space")).isEqualTo("No-break_Space");
        assertThat(name("Em\u2003Space")).isEqualTo("Em_Space");
    }

    @Test
    void longTitlesAreCutAtAWordWithin24Characters() {
        assertThat(name("The Lighthouse at the End of the World")).isEqualTo("The_Lighthouse_at_the");
        assertThat(name("Supercalifragilisticexpialidocious")).isEqualTo("Supercalifragilisticexpi");
    }

    @Test
    void otherScriptsAreTransliterated() {
        assertThat(name("Crème brûlée")).isEqualTo("Creme_brulee");
        assertThat(name("Straße")).isEqualTo("Strasse");
        assertThat(name("Укрощение строптивых")).isEqualTo("Ukrosenie_stroptivyh");
        assertThat(name("我哥好像被奇怪的人盯上了怎么破")).startsWith("wo_ge_hao_xiang");
    }

    @Test
    void shortOrEmptyNamesGetTheWorkId() {
        assertThat(name("Hi")).isEqualTo("Hi_Work_42");
        assertThat(name("!!!")).isEqualTo("Work_42");
        assertThat(FileNames.of(42, "Lanterns", DownloadFormat.EPUB)).isEqualTo("Lanterns.epub");
    }
}
