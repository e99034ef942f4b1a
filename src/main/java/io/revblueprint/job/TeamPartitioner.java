package io.revblueprint.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the teams to render into at most {@code gridSize} partitions of consecutive teams, named
 * {@code teams0, teams1, …}; the same teams give the same partitions, so a restart finds the failed ones again.
 */
record TeamPartitioner(List<String> teams) implements Partitioner {

    static final String TEAMS = "teams";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int size = Math.max(1, (teams.size() + gridSize - 1) / gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int from = 0; from < teams.size(); from += size) {
            ExecutionContext context = new ExecutionContext();
            context.putString(TEAMS, String.join("\n", teams.subList(from, Math.min(teams.size(), from + size))));
            partitions.put("teams" + partitions.size(), context);
        }
        return partitions;
    }

    /** The teams of one partition. */
    static List<String> teamsOf(ExecutionContext partition) {
        String teams = partition.getString(TEAMS, "");
        return teams.isEmpty() ? List.of() : Arrays.asList(teams.split("\n"));
    }
}
