package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LossChartPainterTest {

    /** At any width a side panel gives the chart, every label, the title among them, lies inside the chart. */
    @Property(tries = 40)
    void everyTextFitsInTheChart(@ForAll @IntRange(min = 220, max = 900) int width) {
        Scenario s = Scenario.defaults("wells");
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        BufferedImage img = new BufferedImage(width, 260, BufferedImage.TYPE_INT_ARGB);
        Java2DDrawing real = new Java2DDrawing(img.createGraphics());
        List<double[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Drawing d = (Drawing) Proxy.newProxyInstance(Drawing.class.getClassLoader(), new Class<?>[] {Drawing.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("fillText")) {
                        String text = (String) args[0];
                        double w = real.textWidth(text);
                        double x = (double) args[1];
                        Drawing.Align align = (Drawing.Align) args[3];
                        double left = align == Drawing.Align.LEFT ? x : align == Drawing.Align.CENTER ? x - w / 2
                                : x - w;
                        spans.add(new double[] {left, left + w});
                        texts.add(text);
                    }
                    return method.invoke(real, args);
                });
        LossChartPainter.paint(d, tracks, LossAxis.of(s.surface(), s.view(), s.simulation().run()), 150,
                s.simulation().steps(), width, 260, Theme.LIGHT, 14);
        assertThat(texts).anyMatch(t -> t.startsWith("loss"));
        for (int i = 0; i < spans.size(); i++) {
            assertThat(spans.get(i)[0]).as(texts.get(i)).isGreaterThanOrEqualTo(0);
            assertThat(spans.get(i)[1]).as(texts.get(i)).isLessThanOrEqualTo(width);
        }
    }
}
