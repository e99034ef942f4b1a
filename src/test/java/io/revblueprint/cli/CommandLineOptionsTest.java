package io.revblueprint.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineOptionsTest {

    @Test
    void readsEveryOptionOfTheContract() {
        RunRequest request = CommandLineOptions.parse("--snapshot=/data/snap", "--period=2026-W38", "--out=reports",
                "--teams=T-BER, T-NYC", "--email=smtp", "--force", "--spring.datasource.url=jdbc:h2:mem:x");

        assertThat(request.snapshot()).isEqualTo(Path.of("/data/snap"));
        assertThat(request.period()).isEqualTo("2026-W38");
        assertThat(request.out()).isEqualTo(Path.of("reports"));
        assertThat(request.teams()).containsExactly("T-BER", "T-NYC");
        assertThat(request.email()).isEqualTo(EmailMode.SMTP);
        assertThat(request.force()).isTrue();
        assertThat(request.springArguments()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x");
    }

    @Test
    void defaultsOutToOutAndLeavesEmailToTheMailSettings() {
        RunRequest request = CommandLineOptions.parse("--demo");

        assertThat(request.demo()).isTrue();
        assertThat(request.out()).isEqualTo(Path.of("out"));
        assertThat(request.email()).isNull();
        assertThat(request.teams()).isEmpty();
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot=x", "--perod=2026-Q3"))
                .hasMessageStartingWith("unknown option --perod=2026-Q3");
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot=x", "--email=fax"))
                .hasMessage("--email=fax is not one of smtp, outbox, none");
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot="))
                .hasMessage("--snapshot needs a value: --snapshot=…");
        assertThatThrownBy(() -> CommandLineOptions.parse("--force=yes", "--demo"))
                .hasMessage("--force takes no value");
    }

    @Test
    void namesTheOptionAMisspeltOneWasMeantToBe() {
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot=x", "--emial=outbox"))
                .hasMessageStartingWith("unknown option --emial=outbox (did you mean --email?); usage:");
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot=x", "--team=T-BER"))
                .hasMessageStartingWith("unknown option --team=T-BER (did you mean --teams?)");
        assertThatThrownBy(() -> CommandLineOptions.parse("-demo"))
                .hasMessageStartingWith("unknown option -demo (did you mean --demo?)");
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot=x", "--sprng.mail.host=smtp"))
                .hasMessageStartingWith("unknown option --sprng.mail.host=smtp (did you mean --spring.mail.host?)");
        assertThatThrownBy(() -> CommandLineOptions.parse("--snapshot=x", "--verbose"))
                .hasMessageStartingWith("unknown option --verbose; usage:");
    }

    @Test
    void needsExactlyOneSource() {
        assertThatThrownBy(CommandLineOptions::parse).hasMessageContaining("--snapshot=PATH (or --source=jdbc for the"
                + " replica), rerun a period with --period=P, or run --demo");
        assertThatThrownBy(() -> CommandLineOptions.parse("--demo", "--snapshot=x"))
                .hasMessageContaining("drop --snapshot");
        assertThatThrownBy(() -> CommandLineOptions.parse("--check", "--period=2026-Q3"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--check reads an export: give it with --snapshot=PATH (or --source=jdbc for the replica)");
    }

    @Test
    void forcingAResendWithEmailOffIsRefused() {
        assertThatThrownBy(() -> CommandLineOptions.parse("--period=2026-Q3", "--email=none", "--force"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--force sends the blueprints again and --email=none sends nothing: give one of them");
    }

    @Test
    void readsTheSourceOptionsAndNeedsNoSnapshotForTheReplica() {
        RunRequest request = CommandLineOptions.parse("--source=jdbc", "--mapping=profile.yaml", "--check");

        assertThat(request.snapshot()).isNull();
        assertThat(request.source()).isEqualTo("jdbc");
        assertThat(request.mapping()).isEqualTo(Path.of("profile.yaml"));
        assertThat(request.check()).isTrue();
        assertThatThrownBy(() -> CommandLineOptions.parse("--source=salesforce")).hasMessageContaining("--snapshot=PATH");
    }

    @Test
    void listsNoTeamsForAnEmptySelection() {
        assertThat(CommandLineOptions.parse("--snapshot=x", "--teams=,").teams()).isEqualTo(List.of());
    }

    /** The README's own --snapshot=~/Downloads/… failed: a shell expands "~" only at a word's start. */
    @Test
    void aPathStartingWithTildeIsUnderTheUsersHome() {
        Path home = Path.of(System.getProperty("user.home"));

        assertThat(CommandLineOptions.path("~/Downloads/export")).isEqualTo(home.resolve("Downloads/export"));
        assertThat(CommandLineOptions.path("~")).isEqualTo(home);
        assertThat(CommandLineOptions.path("a~b")).isEqualTo(Path.of("a~b"));
    }
}
