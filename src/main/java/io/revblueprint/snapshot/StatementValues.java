package io.revblueprint.snapshot;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Binds a row's values to an INSERT's parameters in table-column order. */
final class StatementValues implements RowValues {

    private final PreparedStatement statement;
    private int index;

    StatementValues(PreparedStatement statement, int firstIndex) {
        this.statement = statement;
        this.index = firstIndex;
    }

    @Override
    public RowValues text(String value) throws SQLException {
        statement.setString(index++, value);
        return this;
    }

    @Override
    public RowValues instant(Instant value) throws SQLException {
        statement.setObject(index++, value == null ? null : value.toEpochMilli(), Types.BIGINT);
        return this;
    }

    @Override
    public RowValues integer(Integer value) throws SQLException {
        statement.setObject(index++, value, Types.INTEGER);
        return this;
    }

    @Override
    public RowValues decimal(BigDecimal value) throws SQLException {
        statement.setBigDecimal(index++, value);
        return this;
    }

    @Override
    public RowValues bool(boolean value) throws SQLException {
        statement.setBoolean(index++, value);
        return this;
    }

    @Override
    public RowValues date(LocalDate value) throws SQLException {
        statement.setDate(index++, Date.valueOf(value));
        return this;
    }
}
