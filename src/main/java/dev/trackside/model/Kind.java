package dev.trackside.model;

/** What sort of session a schedule entry is; the id is the value used in the Trackside format. */
public enum Kind {
    TALK("talk", "Talk"),
    KEYNOTE("keynote", "Keynote"),
    TUTORIAL("tutorial", "Tutorial"),
    LIGHTNING("lightning", "Lightning talks"),
    WORKSHOP("workshop", "Workshop"),
    SPRINT("sprint", "Sprint"),
    SOCIAL("social", "Social"),
    BREAK("break", "Break"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    Kind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** English display name. */
    public String label() {
        return label;
    }

    /** The kind with this format id, or {@code null} when there is none. */
    public static Kind fromId(String id) {
        for (Kind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }

    /** Comma-separated list of all ids, for error messages and docs. */
    public static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (Kind kind : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(kind.id);
        }
        return sb.toString();
    }
}
