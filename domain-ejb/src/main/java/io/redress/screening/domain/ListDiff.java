package io.redress.screening.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import changes in a source's list. An import is the source's whole list for each asset it covers (an OFAC
 * file's asset, a CSV's assets): an address listed there before and absent now is removed; one absent before (or
 * removed) and present now is added; one present in both is unchanged, or changed when its category, severity or
 * label differ. Assets the import does not cover are left as they are. Importing the same files twice changes nothing.
 */
public final class ListDiff {

    /** A listing as stored: what the diff compares. */
    public record Listed(String asset, String address, Category category, Severity severity, String label, boolean active) {

        public String key() {
            return asset + " " + address;
        }
    }

    /** What applying one line of an import does to the source's listing of its asset and address. */
    public enum Outcome { ADDED, CHANGED, UNCHANGED }

    public record Result(List<FlaggedListReader.Entry> added, List<FlaggedListReader.Entry> changed,
                         List<Listed> removed, int unchanged) {
    }

    private ListDiff() {
    }

    public static Result between(Map<String, Listed> stored, List<FlaggedListReader.Entry> incoming, Set<String> assets) {
        List<FlaggedListReader.Entry> added = new ArrayList<>();
        List<FlaggedListReader.Entry> changed = new ArrayList<>();
        int unchanged = 0;
        Set<String> present = new HashSet<>();
        for (FlaggedListReader.Entry e : incoming) {
            present.add(e.key());
            switch (outcome(stored.get(e.key()), e)) {
                case ADDED -> added.add(e);
                case CHANGED -> changed.add(e);
                case UNCHANGED -> unchanged++;
            }
        }
        List<Listed> removed = new ArrayList<>();
        for (Listed l : stored.values()) {
            if (l.active() && assets.contains(l.asset()) && !present.contains(l.key())) {
                removed.add(l);
            }
        }
        return new Result(added, changed, removed, unchanged);
    }

    /**
     * One line against the source's listing of its asset and address (null: never listed): added when absent or
     * removed, changed when its category, severity or label differ, else unchanged.
     */
    public static Outcome outcome(Listed before, FlaggedListReader.Entry e) {
        if (before == null || !before.active()) {
            return Outcome.ADDED;
        }
        if (before.category() != e.category() || before.severity() != e.severity()
                || !java.util.Objects.equals(before.label(), e.label())) {
            return Outcome.CHANGED;
        }
        return Outcome.UNCHANGED;
    }
}
