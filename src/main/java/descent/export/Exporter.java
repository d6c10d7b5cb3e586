package descent.export;

import descent.contour.ColorMap;
import descent.render.Camera;
import descent.render.Palette;
import descent.render.Theme;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Writes a scenario as an animated GIF, an MP4, a PNG (one frame or a numbered sequence), an SVG or a CSV, at the
 * size asked for and with the window's painter. Every file is written whole or not at all.
 */
public final class Exporter {

    /** The frame number in a sequence's name: %d, or %0Nd and %Nd with a width N of one digit. */
    private static final Pattern NUMBER = Pattern.compile("%(0?[1-9])?d");

    /** The file formats, chosen by the output's extension. */
    public enum Format {
        GIF, MP4, PNG, PNG_SEQUENCE, SVG, CSV;

        /** Whether the format holds many frames. */
        public boolean animated() {
            return this == GIF || this == MP4 || this == PNG_SEQUENCE;
        }

        /**
         * The format a file name asks for; a PNG name with a {@code %d} or {@code %0Nd} pattern is a numbered
         * sequence.
         *
         * @throws IllegalArgumentException saying what the name should be
         */
        public static Format of(Path out) {
            Path file = out.getFileName();
            if (file == null) {
                throw new IllegalArgumentException("names a folder, not a file");
            }
            String name = file.toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gif")) {
                return GIF;
            }
            if (name.endsWith(".mp4")) {
                return MP4;
            }
            if (name.endsWith(".png")) {
                if (name.indexOf('%') < 0) {
                    return PNG;
                }
                // Exactly one number and no other %, or String.format fails or pads a name to a hundred megabytes.
                if (NUMBER.matcher(name).results().count() != 1 || NUMBER.matcher(name).replaceAll("")
                        .indexOf('%') >= 0) {
                    throw new IllegalArgumentException("a numbered PNG name takes one %d or %0Nd with N from 1 to "
                            + "9, such as race-%04d.png, and no other %");
                }
                return PNG_SEQUENCE;
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
        /** ffmpeg when it is on the PATH, else the Java encoder. */
        AUTO,
        /** Descent's own H.264 encoder (AvcEncoder), in an MP4 written by JCodec's muxer. */
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
     * @param inspected    the racer whose step arrows each frame draws at its step, or null for none
     * @param camera       where the 3-D view looks from, or null for the plot seen from above
     * @param orbit        whether the 3-D view's camera turns once around the surface over the frames
     */
    public record Request(Scenario scenario, Path out, Format format, int width, int height, int fps, Plan plan,
            long step, ColorMap colorMap, Theme theme, boolean saveScenario, VideoBackend backend, Racer inspected,
            Camera camera, boolean orbit) {

        /** A request for the plot seen from above. */
        public Request(Scenario scenario, Path out, Format format, int width, int height, int fps, Plan plan,
                long step, ColorMap colorMap, Theme theme, boolean saveScenario, VideoBackend backend,
                Racer inspected) {
            this(scenario, out, format, width, height, fps, plan, step, colorMap, theme, saveScenario, backend,
                    inspected, null, false);
        }

        /** A request that inspects no racer. */
        public Request(Scenario scenario, Path out, Format format, int width, int height, int fps, Plan plan,
                long step, ColorMap colorMap, Theme theme, boolean saveScenario, VideoBackend backend) {
            this(scenario, out, format, width, height, fps, plan, step, colorMap, theme, saveScenario, backend, null);
        }
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
     * Writes the file, and the scenario beside it when asked: both or neither.
     *
     * @throws CancellationException when progress asked to stop; no file is left
     * @throws LimitException        when the race would not fit in memory; nothing is computed
     * @throws IOException           when writing fails; no partial file is left and an older file is kept
     */
    public static Result export(Request r, Progress progress) throws IOException {
        checkWritable(r.out(), r.format());
        if (r.saveScenario()) {
            AtomicFile.checkWritable(scenarioPath(r.out()));
        }
        Runtime java = Runtime.getRuntime();
        checkMemory(r.scenario().simulation(), java.maxMemory() - (java.totalMemory() - java.freeMemory()));
        try (Staging staging = new Staging()) {
            Result result = write(r, progress, staging);
            staging.commit();
            return result;
        }
    }

    /** Writes every file of the export where the staging says, for its commit to move them all into place. */
    private static Result write(Request r, Progress progress, Staging staging) throws IOException {
        List<Path> files = new ArrayList<>();
        String encoder = "";
        switch (r.format()) {
            case CSV -> write(staging, r.out(), out -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                TrajectoryCsv.write(r.scenario().simulation(), w);
                progress.update(1, 1);
            });
            case PNG -> {
                FrameSequence seq = sequence(r, progress);
                seq.render(r.step());
                write(staging, r.out(), out -> Png.write(seq.image(), out));
                progress.update(1, 1);
            }
            case SVG -> {
                FrameSequence seq = sequence(r, progress);
                SvgDrawing svg = new SvgDrawing(r.width(), r.height());
                seq.paint(svg, r.step());
                write(staging, r.out(), out -> out.write(svg.toSvg().getBytes(StandardCharsets.UTF_8)));
                progress.update(1, 1);
            }
            case GIF -> writeGif(r, sequence(r, progress), progress, staging);
            case MP4 -> encoder = writeMp4(r, sequence(r, progress), progress, staging);
            case PNG_SEQUENCE -> files.addAll(writePngSequence(r, sequence(r, progress), progress, staging));
            default -> throw new AssertionError(r.format());
        }
        if (files.isEmpty()) {
            files.add(r.out());
        }
        if (r.saveScenario()) {
            Path json = scenarioPath(r.out());
            write(staging, json, out -> out.write(ScenarioJson.toJson(r.scenario()).getBytes(StandardCharsets.UTF_8)));
            files.add(json);
        }
        return new Result(files, encoder);
    }

    /**
     * Refuses a race whose trajectories would not fit in the {@code free} bytes Java may still take, before
     * computing any of it: a frame of the last step shows every point of every path.
     *
     * @throws LimitException saying how much it needs and how much there is
     */
    static void checkMemory(Simulation simulation, long free) {
        long needed = simulation.runBytes();
        if (needed > free) {
            throw new LimitException(String.format(Locale.ROOT, "%d steps of %d racers need up to %s of memory, "
                    + "but Java may take only %s more: ask for fewer steps or racers (or give Java more with -Xmx)",
                    simulation.steps(), simulation.shownRacers().size(), bytes(needed), bytes(free)));
        }
    }

    private static String bytes(long n) {
        return n >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", Math.max(1, n >> 20));
    }

    /** Writes one staged file through a buffer. */
    private static void write(Staging staging, Path target, AtomicFile.Content content) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(staging.open(staging.stage(target)), 1 << 16)) {
            content.writeTo(out);
        }
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
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_.]?" + NUMBER.pattern(), "");
    }

    /** Where the scenario of an output goes: the same name with .json, a sequence's number pattern removed. */
    public static Path scenarioPath(Path out) {
        return out.resolveSibling(stem(out) + ".json");
    }

    private static FrameSequence sequence(Request r, Progress progress) {
        FrameSequence seq = new FrameSequence(r.scenario(), r.width(), r.height(), r.colorMap(), r.theme(),
                progress::cancelled);
        if (r.camera() != null) {
            seq.view3d(r.camera(), r.orbit());
        }
        if (r.inspected() != null) {
            long[] steps;
            if (r.format().animated()) {
                steps = new long[r.plan().frames()];
                for (int i = 0; i < steps.length; i++) {
                    steps[i] = r.plan().step(i);
                }
            } else {
                steps = new long[] {r.step()};
            }
            seq.inspect(r.inspected(), steps);
        }
        return seq;
    }

    private static void check(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static void writeGif(Request r, FrameSequence seq, Progress progress, Staging staging)
            throws IOException {
        Plan plan = r.plan();
        List<int[]> samples = new java.util.ArrayList<>();
        samples.add(seq.render(plan, 0).clone());
        if (r.orbit()) {
            // The surface's shading changes as the camera turns: the palette sees it from the other side too.
            samples.add(seq.render(plan, plan.frames() / 2).clone());
        }
        samples.add(seq.render(plan, plan.frames() - 1).clone());
        List<descent.sim.Racer> racers = r.scenario().simulation().shownRacers();
        int[] required = new int[racers.size() + 2];
        for (int i = 0; i < racers.size(); i++) {
            required[i] = Palette.color(racers.get(i).slot(), r.theme());
        }
        required[required.length - 2] = 0xFFFFFF;
        required[required.length - 1] = 0x000000;
        GifPalette palette = GifPalette.of(samples, required);
        int delay = Math.max(2, Math.round(100f / r.fps()));
        write(staging, r.out(), out -> {
            GifAnimation gif = new GifAnimation(out, r.width(), r.height(), palette, delay);
            for (int i = 0; i < plan.frames(); i++) {
                check(progress);
                gif.add(seq.render(plan, i), seq.changed());
                progress.update(i + 1, plan.frames());
            }
            gif.finish();
        });
    }

    private static String writeMp4(Request r, FrameSequence seq, Progress progress, Staging staging)
            throws IOException {
        boolean ffmpeg = r.backend() == VideoBackend.FFMPEG
                || r.backend() == VideoBackend.AUTO && FfmpegEncoder.available();
        Plan plan = r.plan();
        Path temp = staging.stage(r.out());
        try (VideoEncoder video = ffmpeg ? new FfmpegEncoder(temp, r.width(), r.height(), r.fps())
                : new JCodecEncoder(temp, r.width(), r.height(), r.fps())) {
            for (int i = 0; i < plan.frames(); i++) {
                check(progress);
                video.encode(seq.render(plan, i));
                progress.update(i + 1, plan.frames());
            }
            video.finish();
        }
        return ffmpeg ? "ffmpeg" : "JCodec";
    }

    /** Writes every frame into one temporary folder, which the commit empties into place: a failure leaves none. */
    private static List<Path> writePngSequence(Request r, FrameSequence seq, Progress progress, Staging staging)
            throws IOException {
        Plan plan = r.plan();
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < plan.frames(); i++) {
            check(progress);
            Path target = frameFile(r.out(), i);
            seq.render(plan, i);
            try (OutputStream out = new java.io.BufferedOutputStream(staging.open(staging.stageInFolder(target)),
                    1 << 16)) {
                Png.write(seq.image(), out);
            }
            targets.add(target);
            progress.update(i + 1, plan.frames());
        }
        return targets;
    }
}
