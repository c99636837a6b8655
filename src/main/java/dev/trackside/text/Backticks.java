package dev.trackside.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Maximal runs of backticks by length, for finding a code span's closing run; queries for one length come with
 * rising positions, so each list is walked once.
 */
final class Backticks {
    private final Map<Integer, int[]> starts = new HashMap<>();
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private final Map<Integer, Integer> cursors = new HashMap<>();

    Backticks(String s) {
        int i = s.indexOf('`');
        while (i >= 0) {
            int j = i;
            while (j < s.length() && s.charAt(j) == '`') {
                j++;
            }
            Integer len = j - i;
            int[] list = starts.get(len);
            int size = sizes.containsKey(len) ? sizes.get(len) : 0;
            if (list == null || size == list.length) {
                int[] grown = new int[list == null ? 4 : list.length * 2];
                if (list != null) {
                    System.arraycopy(list, 0, grown, 0, size);
                }
                list = grown;
                starts.put(len, list);
            }
            list[size] = i;
            sizes.put(len, size + 1);
            i = s.indexOf('`', j);
        }
    }

    /** Start of the first run of exactly {@code len} backticks at or after {@code from}, or -1. */
    int next(int from, int len) {
        int[] list = starts.get(len);
        if (list == null) {
            return -1;
        }
        int size = sizes.get(len);
        int cursor = cursors.containsKey(len) ? cursors.get(len) : 0;
        while (cursor < size && list[cursor] < from) {
            cursor++;
        }
        cursors.put(len, cursor);
        return cursor < size ? list[cursor] : -1;
    }
}
