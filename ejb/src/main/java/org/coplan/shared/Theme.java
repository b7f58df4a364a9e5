package org.coplan.shared;

/**
 * An anonymised theme from plans: what it is about (its kind and framework category), where
 * (a locality), and how many people's plans it comes from. It never names anyone, and a theme
 * from fewer than {@link #SMALLEST_GROUP} people is never shown.
 */
public record Theme(ThemeKind kind, String framework, String category, String categoryName, String locality, int people) {

    /** No group smaller than this is ever shown: a smaller count could point at someone. */
    public static final int SMALLEST_GROUP = 5;

    /** What names a theme, without its count: a project keeps this when it attaches the theme. */
    public record Key(ThemeKind kind, String framework, String category, String locality) {
    }

    public Key key() {
        return new Key(kind, framework, category, locality);
    }
}
