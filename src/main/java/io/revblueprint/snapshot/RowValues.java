package io.revblueprint.snapshot;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Binds a row's values in table-column order; instants are stored as epoch milliseconds. */
final class RowValues {

    private final PreparedStatement statement;
    private int index;

    RowValues(PreparedStatement statement, int firstIndex) {
        this.statement = statement;
        this.index = firstIndex;
    }

    RowValues text(String value) throws SQLException {
        statement.setString(index++, value);
        return this;
    }

    RowValues instant(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.BIGINT);
        } else {
            statement.setLong(index++, value.toEpochMilli());
        }
        return this;
    }

    RowValues integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.INTEGER);
        } else {
            statement.setInt(index++, value);
        }
        return this;
    }

    RowValues decimal(BigDecimal value) throws SQLException {
        statement.setBigDecimal(index++, value);
        return this;
    }

    RowValues bool(boolean value) throws SQLException {
        statement.setBoolean(index++, value);
        return this;
    }

    RowValues date(LocalDate value) throws SQLException {
        statement.setDate(index++, Date.valueOf(value));
        return this;
    }

    <E extends Enum<E>> RowValues name(E value) throws SQLException {
        return text(value == null ? null : value.name());
    }
}
