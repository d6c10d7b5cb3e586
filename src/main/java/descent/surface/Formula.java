package descent.surface;

/** A surface's formula, as plain text for the terminal and as LaTeX for the window. */
public record Formula(String text, String latex) {
}
