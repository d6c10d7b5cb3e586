package descent.ui.lesson;

import descent.lesson.Lesson;
import descent.lesson.Lessons;
import descent.ui.look.LookModel;
import descent.ui.util.Tips;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The open lesson's title and what to watch, above the plot, with buttons to the previous and the next lesson and
 * one to leave it. In presenter mode it is sized for the back of a lecture hall, by the window's height, and the
 * buttons give way to the keys; with no lesson open it takes no room.
 */
public final class Caption extends VBox {

    /** The title's and the text's heights in presenter mode, as shares of the window's: 43 and 30 pixels at 1080. */
    public static final double PRESENTER_TITLE = 0.04;
    public static final double PRESENTER_TEXT = 0.028;

    private final LessonModel lessons;
    private final LookModel look;
    private final ObservableDoubleValue height;
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label place = new Label();
    private final HBox buttons;
    private final javafx.scene.control.Tooltip textTip = new javafx.scene.control.Tooltip();
    /** The most lines of text shown outside presenter mode, where the plot needs the room more; a tooltip has all. */
    private static final double LINES = 4;

    /** @param height the window's height, which sizes the text in presenter mode */
    public Caption(LessonModel lessons, LookModel look, ObservableDoubleValue height) {
        this.lessons = lessons;
        this.look = look;
        this.height = height;
        setId("caption");
        getStyleClass().add("caption");
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        text.setId("caption-text");
        text.getStyleClass().add("caption-text");
        title.setWrapText(true);
        text.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button previous = new Button("‹");
        previous.setId("caption-previous");
        Tips.install(previous, "The lesson before this one (B).");
        previous.setOnAction(e -> lessons.previous());
        Button next = new Button("›");
        next.setId("caption-next");
        Tips.install(next, "The next lesson (N).");
        next.setOnAction(e -> lessons.next());
        Button leave = new Button("×");
        leave.setId("caption-leave");
        Tips.install(leave, "Leave the lesson: the race stays as it is, to change as you like.");
        leave.setOnAction(e -> lessons.leave());
        place.setId("caption-place");
        buttons = new HBox(4, place, previous, next, leave);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox top = new HBox(8, title, buttons);
        top.setAlignment(Pos.TOP_LEFT);
        text.setTooltip(textTip);
        getChildren().addAll(top, text);
        setSpacing(2);
        lessons.lessonProperty().addListener((obs, was, now) -> show());
        look.fontSizeProperty().addListener((obs, was, now) -> size());
        look.presenterProperty().addListener((obs, was, now) -> size());
        height.addListener((obs, was, now) -> size());
        size();
        show();
    }

    private void show() {
        Lesson lesson = lessons.lesson();
        title.setText(lesson == null ? "" : lesson.title());
        text.setText(lesson == null ? "" : lesson.text());
        textTip.setText(text.getText());
        textTip.setWrapText(true);
        textTip.setMaxWidth(600);
        // Not Lessons.all()::indexOf, which would read every lesson when none is open, as at start.
        int i = lessons.builtIn().map(l -> Lessons.all().indexOf(l)).orElse(-1);
        place.setText(i < 0 ? "" : (i + 1) + " / " + Lessons.all().size());
        setVisible(lesson != null);
        setManaged(lesson != null);
    }

    private void size() {
        boolean presenter = look.presenterProperty().get();
        double font = look.fontSize();
        double titleSize = presenter ? Math.max(2 * font, PRESENTER_TITLE * height.get()) : 1.3 * font;
        double textSize = presenter ? Math.max(1.4 * font, PRESENTER_TEXT * height.get()) : font;
        title.setStyle("-fx-font-size: " + Math.round(titleSize) + "px; -fx-font-weight: bold;");
        text.setStyle("-fx-font-size: " + Math.round(textSize) + "px;");
        text.setMaxHeight(presenter ? Double.MAX_VALUE : LINES * 1.3 * textSize + 2);
        text.setMinHeight(presenter ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
        buttons.setVisible(!presenter);
        buttons.setManaged(!presenter);
        setPadding(new Insets(0.4 * textSize, textSize, 0.3 * textSize, textSize));
    }

    /** The title's font size now, in pixels. */
    public double titleSize() {
        return title.getFont().getSize();
    }

    /** The text's font size now, in pixels. */
    public double textSize() {
        return text.getFont().getSize();
    }
}
