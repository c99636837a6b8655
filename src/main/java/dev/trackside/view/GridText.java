package dev.trackside.view;

import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.DayGrid.AxisLabel;
import dev.trackside.view.DayGrid.Column;
import dev.trackside.view.DayGrid.Placement;
import java.util.List;

/**
 * A plain-text picture of a {@link DayGrid}, deterministic line for line, for golden-file tests and for reading a
 * layout without a browser. All indexes are 0-based, as in the API:
 *
 * <pre>
 * day 2019-09-23 Talks
 * axis 08:00-20:00 UTC-07:00, 144 rows of 5 min
 * columns 0 Rio Vista Ballroom Salons A–E | 1 Salons F–H | …
 * labels 08:00@0 08:30@6 09:00@12 …
 * 08:00-08:30 [col 8 span 1 lane 0/1 row 0+6] Registration desk (in front of Salon A) | Registration
 * </pre>
 *
 * <p>One line per placement follows the header, in {@link DayGrid#placements()} order; a session in several
 * placements says {@code part i/n}, a break repeated per room {@code ×k sessions}. Times are local clock times;
 * on a day whose times are written in more than one UTC offset, each carries its own. An axis that ends on a later
 * date than it starts says so ({@code axis 11:00-04:00+1d}).
 */
public final class GridText {
    private GridText() {
    }

    /** The grid with room names and session titles. */
    public static String dump(DayGrid grid) {
        return dump(grid, true);
    }

    /**
     * @param names false to leave out every name and title: columns are numbers, sessions their position in
     *              {@link dev.trackside.model.Schedule#sessions()} and kind (for golden files of schedules whose
     *              text must not be copied)
     */
    public static String dump(DayGrid grid, boolean names) {
        StringBuilder sb = new StringBuilder();
        sb.append("day ").append(grid.day()).append('\n');
        if (grid.isEmpty()) {
            return sb.append("empty\n").toString();
        }
        List<Session> sessions = grid.schedule().sessions();
        boolean withOffsets = mixedOffsets(grid, sessions);
        ZonedTime start = grid.axisStart();
        ZonedTime end = grid.axisEnd();
        sb.append("axis ").append(start.clock()).append('-').append(end.clock());
        long days = end.date().epochDay() - start.date().epochDay();
        if (days > 0) {
            sb.append('+').append(days).append('d');
        }
        sb.append(' ').append("UTC").append(start.offsetText());
        if (end.offsetMinutes() != start.offsetMinutes()) {
            sb.append("..UTC").append(end.offsetText());
        }
        sb.append(", ").append(grid.rowCount()).append(" rows of ").append(grid.sliceMinutes()).append(" min\n");
        sb.append("columns");
        for (Column column : grid.columns()) {
            sb.append(column.index() == 0 ? " " : " | ").append(column.index());
            if (names) {
                sb.append(' ').append(column.room() == null ? "(no room)" : column.name());
            }
        }
        sb.append('\n').append("labels");
        for (AxisLabel label : grid.labels()) {
            sb.append(' ').append(label.text());
            if (withOffsets) {
                sb.append(label.time().offsetText());
            }
            sb.append('@').append(label.row());
        }
        sb.append('\n');
        for (Placement p : grid.placements()) {
            Session session = sessions.get(p.session());
            time(sb, session.start(), withOffsets);
            sb.append('-');
            time(sb, session.end(), withOffsets);
            sb.append(" [col ").append(p.column()).append(" span ").append(p.columnSpan());
            sb.append(" lane ").append(p.lane()).append('/').append(p.laneCount());
            sb.append(" row ").append(p.row()).append('+').append(p.rowSpan()).append("] ");
            if (names) {
                for (int c = p.column(); c < p.column() + p.columnSpan(); c++) {
                    Column column = grid.columns().get(c);
                    sb.append(c == p.column() ? "" : " + ").append(column.room() == null ? "(no room)"
                            : column.name());
                }
                sb.append(" | ").append(session.title());
            } else {
                sb.append('s').append(p.session()).append(' ').append(session.kind().id());
            }
            if (p.parts() > 1) {
                sb.append(" (part ").append(p.part()).append('/').append(p.parts()).append(')');
            }
            int count = p.sessions().length;
            if (count > 1) {
                sb.append(" (\u00d7").append(count).append(" sessions)");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void time(StringBuilder sb, ZonedTime time, boolean withOffset) {
        sb.append(time.clock());
        if (withOffset) {
            sb.append(time.offsetText());
        }
    }

    private static boolean mixedOffsets(DayGrid grid, List<Session> sessions) {
        int offset = grid.axisStart().offsetMinutes();
        for (Placement p : grid.placements()) {
            Session session = sessions.get(p.session());
            if (session.start().offsetMinutes() != offset || session.end().offsetMinutes() != offset) {
                return true;
            }
        }
        return false;
    }
}
