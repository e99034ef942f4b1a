package io.revblueprint.source.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A parsed mapping from source files to the canonical files: what it is called (in messages and as the source of
 * rows written in it), the source system it reads, company and zone when it names them, how the cutoff is found,
 * how files are read, the files by alias and the row sources of each canonical file (by its file name).
 * {@code ownColumns}: a mapping file of its own names the columns of one export, so a column its file lacks is a
 * mistake; a preset (or a profile over one) names alternatives for many orgs, most of them absent from any one.
 */
record Mapping(String name, String system, String company, ZoneId timezone, AsOf asOf, ReadOptions read,
               Map<String, FileSpec> files, Map<String, List<RowSource>> canonical, boolean ownColumns) {

    /** The cutoff: a fixed instant, or the latest value of some columns (null when the mapping names neither). */
    record AsOf(Instant fixed, List<FileColumn> latestOf) {

        AsOf {
            latestOf = List.copyOf(latestOf);
        }
    }

    record FileColumn(String alias, String column) {
    }
}
