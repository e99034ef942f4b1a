package io.revblueprint.snapshot;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the snapshot's reads and writes do differently on MySQL (through Connector/J) than on H2. */
final class MySql {

    /** Connector/J's marker for a result set streamed row by row as the server produces it. */
    private static final int STREAMED = Integer.MIN_VALUE;

    private MySql() {
    }

    static boolean isMySql(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getURL().startsWith("jdbc:mysql:")));
    }

    /**
     * A template whose result sets MySQL streams: the server sends rows as it finds them and the reader maps them
     * meanwhile, instead of the server first writing the whole result to a cursor's temporary table. The connection
     * serves nothing else until the result is read, so use it only for reads that call no other statement. Elsewhere
     * (H2) {@code jdbc} itself.
     */
    static JdbcTemplate streaming(JdbcTemplate jdbc) {
        if (!isMySql(jdbc)) {
            return jdbc;
        }
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(STREAMED);
        return streaming;
    }
}
