package descent.export;

import descent.contour.ColorMap;
import descent.render.FramePainter;
import descent.render.Palette;
import descent.render.Theme;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;

/**
 * Writes a scenario as an animated GIF, an MP4, a PNG (one frame or a numbered sequence), an SVG or a CSV, at the
 * size asked for and with the window's painter. Every file is written whole or not at all.
 */
public final class Exporter {

    /** The file formats, chosen by the output's extension. */
    public enum Format {
        GIF, MP4, PNG, PNG_SEQUENCE, SVG, CSV;

        /** Whether the format holds many frames. */
        public boolean animated() {
            return this == GIF || this == MP4 || this == PNG_SEQUENCE;
        }

        /** The format a file name asks for; a PNG name with a {@code %d} pattern is a numbered sequence. */
        public static Format of(Path out) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gif")) {
                return GIF;
            }
            if (name.endsWith(".mp4")) {
                return MP4;
            }
            if (name.endsWith(".png")) {
                return name.matches(".*%0?\\d*d.*") ? PNG_SEQUENCE : PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new IllegalArgumentException("the file name must end in .gif, .mp4, .png, .svg or .csv");
        }
    }

    /** Which H.264 encoder an MP4 uses. */
    public enum VideoBackend {
        /** ffmpeg when it is on the PATH, else JCodec. */
        AUTO,
        JCODEC,
        FFMPEG
    }

    /**
     * Which steps the frames show: frame i shows step first + round(i·(last − first)/(frames − 1)).
     */
    public record Plan(long firstStep, long lastStep, int frames) {

        public Plan {
            if (frames < 1 || firstStep < 0 || lastStep < firstStep) {
                throw new IllegalArgumentException("no frames from step " + firstStep + " to " + lastStep);
            }
        }

        public long step(int frame) {
            if (frames == 1) {
                return lastStep;
            }
            return firstStep + Math.round((double) frame * (lastStep - firstStep) / (frames - 1));
        }
    }

    /**
     * What to write.
     *
     * @param step         the step a single frame (PNG, SVG) shows
     * @param saveScenario whether to write the scenario as JSON beside the file
     */
    public record Request(Scenario scenario, Path out, Format format, int width, int height, int fps, Plan plan,
            long step, ColorMap colorMap, Theme theme, boolean saveScenario, VideoBackend backend) {
    }

    /** Told of progress; asked whether to stop. */
    public interface Progress {
        void update(int done, int total);

        boolean cancelled();

        /** Progress nobody watches. */
        Progress NONE = new Progress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** The time left, in seconds, when {@code done} of {@code total} frames took the time since {@code started}. */
    public static double secondsLeft(long started, int done, int total) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        return done == 0 ? 0 : elapsed * (total - done) / done;
    }

    /** What was written: the files, and for an MP4 the encoder used. */
    public record Result(List<Path> files, String encoder) {
    }

    private Exporter() {
    }

    /**
     * Writes the file.
     *
     * @throws CancellationException when progress asked to stop; no file is left
     * @throws IOException           when writing fails; no partial file is left and an older file is kept
     */
    public static Result export(Request r, Progress progress) throws IOException {
        checkWritable(r.out(), r.format());
        List<Path> files = new ArrayList<>();
        String encoder = "";
        switch (r.format()) {
            case CSV -> AtomicFile.write(r.out(), out -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                TrajectoryCsv.write(r.scenario().simulation(), w);
                progress.update(1, 1);
            });
            case PNG -> {
                FrameSequence seq = sequence(r, progress);
                seq.render(r.step());
                AtomicFile.write(r.out(), out -> ImageIO.write(seq.image(), "png", out));
                progress.update(1, 1);
            }
            case SVG -> {
                FrameSequence seq = sequence(r, progress);
                SvgDrawing svg = new SvgDrawing(r.width(), r.height());
                FramePainter.paint(svg, seq.frame(r.step()));
                AtomicFile.write(r.out(), out -> out.write(svg.toSvg().getBytes(StandardCharsets.UTF_8)));
                progress.update(1, 1);
            }
            case GIF -> writeGif(r, sequence(r, progress), progress);
            case MP4 -> encoder = writeMp4(r, sequence(r, progress), progress);
            case PNG_SEQUENCE -> files.addAll(writePngSequence(r, sequence(r, progress), progress));
            default -> throw new AssertionError(r.format());
        }
        if (files.isEmpty()) {
            files.add(r.out());
        }
        if (r.saveScenario()) {
            Path json = scenarioPath(r.out());
            AtomicFile.write(json, out -> out.write(ScenarioJson.toJson(r.scenario()).getBytes(StandardCharsets.UTF_8)));
            files.add(json);
        }
        return new Result(files, encoder);
    }

    /**
     * Checks that the output can be written where it is named, for a numbered sequence where its first file goes.
     *
     * @throws OutputException saying why not
     */
    public static void checkWritable(Path out, Format format) {
        AtomicFile.checkWritable(format == Format.PNG_SEQUENCE ? frameFile(out, 0) : out);
    }

    /** The file of frame i of a numbered sequence named by a pattern such as {@code race-%04d.png}. */
    static Path frameFile(Path pattern, int i) {
        return pattern.resolveSibling(String.format(Locale.ROOT, pattern.getFileName().toString(), i));
    }

    /** An output's name without its extension or a sequence's number pattern: "race" for race-%04d.png. */
    public static String stem(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_.]?%0?\\d*d", "");
    }

    /** Where the scenario of an output goes: the same name with .json, a sequence's number pattern removed. */
    public static Path scenarioPath(Path out) {
        return out.resolveSibling(stem(out) + ".json");
    }

    private static FrameSequence sequence(Request r, Progress progress) {
        return new FrameSequence(r.scenario(), r.width(), r.height(), r.colorMap(), r.theme(), progress::cancelled);
    }

    private static void check(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static void writeGif(Request r, FrameSequence seq, Progress progress) throws IOException {
        Plan plan = r.plan();
        int[] first = seq.render(plan.step(0)).clone();
        int[] last = seq.render(plan.step(plan.frames() - 1)).clone();
        List<descent.sim.Racer> racers = r.scenario().simulation().shownRacers();
        int[] required = new int[racers.size() + 2];
        for (int i = 0; i < racers.size(); i++) {
            required[i] = Palette.color(racers.get(i).slot(), r.theme());
        }
        required[required.length - 2] = 0xFFFFFF;
        required[required.length - 1] = 0x000000;
        GifPalette palette = GifPalette.of(List.of(first, last), required);
        int delay = Math.max(2, Math.round(100f / r.fps()));
        AtomicFile.write(r.out(), out -> {
            GifAnimation gif = new GifAnimation(out, r.width(), r.height(), palette, delay);
            for (int i = 0; i < plan.frames(); i++) {
                check(progress);
                gif.add(seq.render(plan.step(i)), seq.changed());
                progress.update(i + 1, plan.frames());
            }
            gif.finish();
        });
    }

    private static String writeMp4(Request r, FrameSequence seq, Progress progress) throws IOException {
        boolean ffmpeg = r.backend() == VideoBackend.FFMPEG
                || r.backend() == VideoBackend.AUTO && FfmpegEncoder.available();
        Plan plan = r.plan();
        AtomicFile.writeFile(r.out(), temp -> {
            try (VideoEncoder video = ffmpeg ? new FfmpegEncoder(temp, r.width(), r.height(), r.fps())
                    : new JCodecEncoder(temp, r.width(), r.height(), r.fps())) {
                for (int i = 0; i < plan.frames(); i++) {
                    check(progress);
                    video.encode(seq.render(plan.step(i)));
                    progress.update(i + 1, plan.frames());
                }
                video.finish();
            }
        });
        return ffmpeg ? "ffmpeg" : "JCodec";
    }

    /** Writes every frame under a temporary name, then moves them all into place, so a failure leaves none. */
    private static List<Path> writePngSequence(Request r, FrameSequence seq, Progress progress) throws IOException {
        Plan plan = r.plan();
        List<Path> temps = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < plan.frames(); i++) {
                check(progress);
                Path target = frameFile(r.out(), i);
                Path temp = target.resolveSibling("." + target.getFileName() + ".part");
                seq.render(plan.step(i));
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                    ImageIO.write(seq.image(), "png", out);
                }
                temps.add(temp);
                targets.add(target);
                progress.update(i + 1, plan.frames());
            }
            for (int i = 0; i < temps.size(); i++) {
                try {
                    Files.move(temps.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            done = true;
            return targets;
        } finally {
            if (!done) {
                for (Path t : temps) {
                    Files.deleteIfExists(t);
                }
            }
        }
    }
}
