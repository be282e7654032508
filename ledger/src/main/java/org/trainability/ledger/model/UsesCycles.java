package org.trainability.ledger.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a cycle along {@code uses} by depth-first search with three colours. */
public final class UsesCycles {

    private enum Colour { WHITE, GREY, BLACK }

    private UsesCycles() {
    }

    /** A cycle in the graph {@code id -> ids it uses}, first id repeated last; ids without a key are leaves. */
    public static Optional<List<String>> find(Map<String, List<String>> uses) {
        var colour = new HashMap<String, Colour>();
        uses.keySet().forEach(id -> colour.put(id, Colour.WHITE));
        for (var id : uses.keySet()) {
            if (colour.get(id) == Colour.WHITE) {
                var path = new ArrayList<String>();
                var cycle = dfs(id, uses, colour, path);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> dfs(String id, Map<String, List<String>> uses, Map<String, Colour> colour,
            List<String> path) {
        colour.put(id, Colour.GREY);
        path.add(id);
        for (var next : uses.getOrDefault(id, List.of())) {
            var c = colour.get(next);
            if (c == null) {
                continue;
            }
            if (c == Colour.GREY) {
                var cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                return Optional.of(List.copyOf(cycle));
            }
            if (c == Colour.WHITE) {
                var found = dfs(next, uses, colour, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        colour.put(id, Colour.BLACK);
        return Optional.empty();
    }
}
