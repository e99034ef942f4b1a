package io.revblueprint.snapshot;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class UsersFormatTest {

    private static final UsersFormat FORMAT = new UsersFormat();

    private static final TestRow VALID = TestRow.of("user_id", "U1", "name", "Ana Silva", "email", "ana@acme.test",
            "role", "sales_manager", "team_id", "T1", "active", "no");

    private final InMemoryStore stored = new InMemoryStore().holding("crm_team", "T1");

    @Test
    void aCompleteRowIsStoredAsWritten() {
        assertThat(assertAccepted(VALID.readBy(FORMAT)))
                .isEqualTo(new User("U1", "Ana Silva", "ana@acme.test", Role.SALES_MANAGER, "T1", false));
    }

    @Test
    void optionalColumnsLeftEmptyTakeTheirDefaults() {
        assertThat(assertAccepted(VALID.with("email", "").with("active", "").readBy(FORMAT)))
                .isEqualTo(new User("U1", "Ana Silva", null, Role.SALES_MANAGER, "T1", true));
    }

    /** "Rita\r\nBcc: …" forged a line of the log; U+202E showed the subject's name reversed. */
    @Test
    void aNameIsReadOnOneLineWithoutBidiControls() {
        assertThat(assertAccepted(VALID.with("name", "Ana\r\nBcc: x@evil.test").readBy(FORMAT)).name())
                .isEqualTo("Ana Bcc: x@evil.test");
        assertThat(assertAccepted(VALID.with("name", "Ana \u202Eavlis").readBy(FORMAT)).name()).isEqualTo("Ana avlis");
        assertRejected(VALID.with("name", "\u202E").readBy(FORMAT), "name", "missing name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_id", "name", "role", "team_id"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_id", "name", "role", "team_id"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, "").readBy(FORMAT), column, "missing " + column);
    }

    @ParameterizedTest
    @EnumSource(names = {"SDR", "AE", "SALES_MANAGER", "MARKETING_MANAGER", "MARKETING_OPS", "REVOPS", "EXECUTIVE"})
    void everyListedRoleIsAccepted(Role role) {
        assertThat(assertAccepted(VALID.with("role", role.name()).readBy(FORMAT)).role()).isEqualTo(role);
    }

    @Test
    void anUnlistedRoleIsQuarantined() {
        assertRejected(VALID.with("role", "INTERN").readBy(FORMAT), "role", "unknown role 'INTERN'");
    }

    @Test
    void activeIsABoolean() {
        assertRejected(VALID.with("active", "maybe").readBy(FORMAT), "active", "not a boolean 'maybe'");
    }

    @Test
    void aUserOfATeamTheSnapshotLacksIsQuarantined() {
        assertRejected(stored.write(FORMAT, VALID.with("team_id", "T9")).get(0), "team_id", "unknown team T9: not in teams.csv, or quarantined there");
    }

    @Test
    void aSecondRowWithTheSameIdIsQuarantined() {
        List<ParsedRow<User>> rows = stored.write(FORMAT, VALID, VALID.with("name", "Ana S."));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "user_id", "duplicate user_id U1");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("name", "").with("role", "INTERN").readBy(FORMAT), "name", "missing name");
    }
}
