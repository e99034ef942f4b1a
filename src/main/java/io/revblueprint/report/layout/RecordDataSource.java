package io.revblueprint.report.layout;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** Feeds Java records to a template: a JRXML field reads the record component of the same name. */
public final class RecordDataSource implements JRRewindableDataSource {

    private final List<? extends Record> rows;
    private int index = -1;

    public RecordDataSource(List<? extends Record> rows) {
        this.rows = List.copyOf(rows);
    }

    public static RecordDataSource of(Record row) {
        return new RecordDataSource(List.of(row));
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Record row = rows.get(index);
        try {
            Object value = accessor(row, field.getName()).invoke(row);
            // Jasper re-evaluates a band it moves to a new page: a nested table must start from its first row again.
            return value instanceof RecordDataSource nested ? nested.fresh() : value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read " + field.getName() + " of " + row.getClass().getSimpleName(), e);
        }
    }

    private RecordDataSource fresh() {
        return new RecordDataSource(rows);
    }

    @Override
    public void moveFirst() {
        index = -1;
    }

    private static Method accessor(Record row, String name) throws JRException {
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getAccessor();
            }
        }
        throw new JRException("Template field " + name + " is not a component of " + row.getClass().getSimpleName());
    }
}
