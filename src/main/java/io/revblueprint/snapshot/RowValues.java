package io.revblueprint.snapshot;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** Where a format puts a row's values, in table-column order; instants are stored as epoch milliseconds. */
interface RowValues {

    RowValues text(String value) throws SQLException;

    RowValues instant(Instant value) throws SQLException;

    RowValues integer(Integer value) throws SQLException;

    RowValues decimal(BigDecimal value) throws SQLException;

    RowValues bool(boolean value) throws SQLException;

    RowValues date(LocalDate value) throws SQLException;

    default <E extends Enum<E>> RowValues name(E value) throws SQLException {
        return text(value == null ? null : value.name());
    }
}
