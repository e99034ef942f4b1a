package io.revblueprint.source.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Source columns the mapping does not read whose names hold a canonical column's name: TCRM's Lead.csv has its
 * scores in Score1__c…Score4__c, and its blueprint asked RevOps to start scoring leads.
 */
final class UnreadColumns {

    private static final int NAMED = 5;

    private UnreadColumns() {
    }

    /** "columns the mapping does not read may hold it: Score1__c, … (a mapping profile can name one)". */
    static Optional<String> mayHold(String canonicalColumn, List<String> unread) {
        String wanted = SourceColumns.key(canonicalColumn.replaceFirst("_at$", ""));
        List<String> candidates = unread.stream().filter(label -> SourceColumns.key(label).contains(wanted)).toList();
        if (wanted.isEmpty() || candidates.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", candidates.subList(0, Math.min(NAMED, candidates.size())))
                + (candidates.size() > NAMED ? " and " + (candidates.size() - NAMED) + " more" : "");
        return Optional.of("columns the mapping does not read may hold it: " + named
                + " (a mapping profile can name one)");
    }
}
