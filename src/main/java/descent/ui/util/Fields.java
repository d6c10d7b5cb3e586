package descent.ui.util;

import javafx.scene.control.TextInputControl;

/** Small helpers for text fields. */
public final class Fields {

    private Fields() {
    }

    /** Sets a field's text unless it already reads so: setting the same text again still lays the window out anew. */
    public static void setTextIfChanged(TextInputControl field, String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }
}
