package io.revblueprint.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names made from data: safe, distinct, and short enough for any file system. */
class FileNamesTest {

    @Test
    void aSafeNameStaysAsItIs() {
        assertThat(FileNames.of("T-BER")).isEqualTo("T-BER");
        assertThat(FileNames.lowerCase("Rita@Example.com")).isEqualTo("rita@example.com");
    }

    @Test
    void anUnsafeNameIsReplacedAndTellsItsOriginalApart() {
        assertThat(FileNames.of("../x")).matches("_\\.\\._x-[0-9a-f]{8}");
        assertThat(FileNames.of("a/b")).isNotEqualTo(FileNames.of("a:b"));
    }

    @Test
    void aLongNameIsCutAndTellsItsOriginalApart() {
        String local = "a".repeat(300);

        String name = FileNames.lowerCase(local + "1@example.com");

        assertThat(name).hasSize(FileNames.LONGEST + 9).startsWith("a".repeat(FileNames.LONGEST) + "-");
        assertThat(name).isNotEqualTo(FileNames.lowerCase(local + "2@example.com"));
    }
}
