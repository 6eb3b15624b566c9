package org.editvq.synth;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full checks, excluded from the default build (run with
 * {@code mvn -o -pl core test -Dbench.excluded=none -Dgroups=bench -Dtest='SynthBenchmarkTest'}).
 * {@code -Dsynth.reps=N} repeats each timing (median reported; default 1).
 */
@Tag("bench")
class SynthBenchmarkTest {
    @Test
    void everyVariantOfEveryProblemMatchesTheReference(@TempDir Path tmp) throws Exception {
        int programs = 0;
        for (SynthProblem p : SynthProblems.all()) {
            String input = p.generateInput(21, false);
            String expected = p.solve(input);
            for (int mask = 0; mask < 1 << p.categories().size(); mask++) {
                for (long style = 0; style < 4; style++) {
                    SynthSource s = p.render(Variants.mask(p, mask), 1000L * mask + style);
                    Path dir = InProcessJava.compile(s, tmp);
                    assertEquals(expected, InProcessJava.run(dir, s.className(), input), p.id() + "\n" + s.text());
                    programs++;
                }
            }
        }
        System.out.println("[bench] synth: " + programs + " programs compiled and matched the reference");
    }

    /** Per problem: all-slow, all-fast, and all-fast with one category flipped to slow, on the large input. */
    @Test
    void perEditSpeedupsOnLargeInputs(@TempDir Path tmp) throws Exception {
        int reps = Integer.getInteger("synth.reps", 1);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%-14s %-22s %10s %10s %8s%n", "problem", "variant", "cpu_ms", "wall_ms", "speedup"));
        for (SynthProblem p : SynthProblems.all()) {
            long styleSeed = p.id().hashCode();
            String input = p.generateInput(2022, true);
            String expected = p.solve(input);
            Path in = tmp.resolve(p.id() + ".in");
            Files.writeString(in, input);
            Map<String, Map<EditCategory, Choice>> variants = new LinkedHashMap<>();
            variants.put("all-fast", Variants.all(p, Choice.FAST));
            for (EditCategory c : p.categories()) {
                variants.put("slow " + c.key(), Variants.fastExcept(p, c));
            }
            variants.put("all-slow", Variants.all(p, Choice.SLOW));
            double baseline = Double.NaN;
            for (Map.Entry<String, Map<EditCategory, Choice>> v : variants.entrySet()) {
                SynthSource s = p.render(v.getValue(), styleSeed);
                Path dir = InProcessJava.compile(s, tmp);
                double[] cpu = new double[reps];
                double[] wall = new double[reps];
                for (int r = 0; r < reps; r++) {
                    double[] t = runChild(dir, s.className(), in, expected, tmp);
                    cpu[r] = t[0];
                    wall[r] = t[1];
                }
                double cpuMs = median(cpu);
                if (v.getKey().equals("all-fast")) {
                    baseline = cpuMs;
                }
                report.append(String.format(Locale.ROOT, "%-14s %-22s %10.0f %10.0f %8.2f%n", p.id(), v.getKey(), cpuMs,
                        median(wall), cpuMs / baseline));
            }
        }
        System.out.println("[bench] synth per-edit CPU times (child JVM, -XX:+UseSerialGC, large inputs)\n" + report);
        Path out = Path.of("target", "synth-bench.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /**
     * Every problem planting {@code output}: for each combination of its other categories and
     * {@code synth.styles} style seeds (default 5), the CPU-time ratio slow-output / fast-output on
     * the large input (child JVMs). At least 90% of these output-only flips must be >= 1.3x.
     */
    @Test
    void outputOnlyFlipsAreSlowerOnLargeInputs(@TempDir Path tmp) throws Exception {
        int styles = Integer.getInteger("synth.styles", 5);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-14s %-28s %6s %10s %10s %8s%n",
                "problem", "context", "style", "slow_ms", "fast_ms", "ratio"));
        List<Double> ratios = new ArrayList<>();
        for (SynthProblem p : SynthProblems.all()) {
            if (!p.categories().contains(EditCategory.OUTPUT)) {
                continue;
            }
            String input = p.generateInput(2022, true);
            String expected = p.solve(input);
            Path in = tmp.resolve(p.id() + ".in");
            Files.writeString(in, input);
            for (int mask = 0; mask < 1 << p.categories().size(); mask++) {
                Map<EditCategory, Choice> slow = Variants.mask(p, mask);
                if (slow.get(EditCategory.OUTPUT) != Choice.SLOW) {
                    continue;
                }
                Map<EditCategory, Choice> fast = new java.util.EnumMap<>(slow);
                fast.put(EditCategory.OUTPUT, Choice.FAST);
                for (long style = 0; style < styles; style++) {
                    SynthSource s = p.render(slow, 7919L * style + mask);
                    SynthSource f = p.render(fast, 7919L * style + mask);
                    double slowMs = runChild(InProcessJava.compile(s, tmp), s.className(), in, expected, tmp)[0];
                    double fastMs = runChild(InProcessJava.compile(f, tmp), f.className(), in, expected, tmp)[0];
                    ratios.add(slowMs / fastMs);
                    slow.remove(EditCategory.OUTPUT);
                    report.append(String.format(Locale.ROOT, "%-14s %-28s %6d %10.0f %10.0f %8.2f%n", p.id(),
                            slow.toString().replace(" ", ""), style, slowMs, fastMs, slowMs / fastMs));
                    slow.put(EditCategory.OUTPUT, Choice.SLOW);
                }
            }
        }
        long above = ratios.stream().filter(r -> r >= 1.3).count();
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.append(String.format(Locale.ROOT, "output-only flips: %d, >= 1.3x: %d, median %.2fx, min %.2fx%n",
                ratios.size(), above, median(sorted), sorted[0]));
        System.out.println("[bench] synth output-only flips (child JVM CPU time, large inputs)\n" + report);
        Path out = Path.of("target", "synth-bench-output.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        assertTrue(above >= 0.9 * ratios.size(), report.toString());
    }

    /**
     * Python problems: all-fast, all-fast with one category flipped to slow, and all-slow on the
     * large input (process CPU time of {@code python3}, {@code synth.reps} repetitions, median), then
     * the output-only flips of {@code running-sums-py} over its input choice and 5 styles.
     */
    @Test
    void pythonPerEditSpeedupsOnLargeInputs(@TempDir Path tmp) throws Exception {
        int reps = Integer.getInteger("synth.reps", 1);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-16s %-22s %10s %8s%n", "problem",
                "variant", "cpu_ms", "speedup"));
        for (SynthProblem p : SynthProblems.python()) {
            long styleSeed = p.id().hashCode();
            String input = p.generateInput(2022, true);
            String expected = p.solve(input);
            Path in = tmp.resolve(p.id() + ".in");
            Files.writeString(in, input);
            Map<String, Map<EditCategory, Choice>> variants = new LinkedHashMap<>();
            variants.put("all-fast", Variants.all(p, Choice.FAST));
            for (EditCategory c : p.categories()) {
                variants.put("slow " + c.key(), Variants.fastExcept(p, c));
            }
            variants.put("all-slow", Variants.all(p, Choice.SLOW));
            double baseline = Double.NaN;
            for (Map.Entry<String, Map<EditCategory, Choice>> v : variants.entrySet()) {
                SynthSource s = p.render(v.getValue(), styleSeed);
                double[] cpu = new double[reps];
                for (int r = 0; r < reps; r++) {
                    cpu[r] = runPython(s, in, expected, tmp);
                }
                double cpuMs = median(cpu);
                if (v.getKey().equals("all-fast")) {
                    baseline = cpuMs;
                }
                report.append(String.format(Locale.ROOT, "%-16s %-22s %10.0f %8.2f%n", p.id(), v.getKey(), cpuMs,
                        cpuMs / baseline));
            }
        }
        SynthProblem p = SynthProblems.byId("running-sums-py").orElseThrow();
        String input = p.generateInput(2022, true);
        String expected = p.solve(input);
        Path in = tmp.resolve("flips.in");
        Files.writeString(in, input);
        List<Double> ratios = new ArrayList<>();
        for (Choice inputChoice : Choice.values()) {
            for (long style = 0; style < 5; style++) {
                Map<EditCategory, Choice> slow = Variants.all(p, Choice.SLOW);
                slow.put(EditCategory.INPUT, inputChoice);
                Map<EditCategory, Choice> fast = new java.util.EnumMap<>(slow);
                fast.put(EditCategory.OUTPUT, Choice.FAST);
                double s = runPython(p.render(slow, style), in, expected, tmp);
                double f = runPython(p.render(fast, style), in, expected, tmp);
                ratios.add(s / f);
                report.append(String.format(Locale.ROOT, "running-sums-py output flip, input=%s style %d: %.0f / %.0f ms = %.2fx%n",
                        inputChoice.text(), style, s, f, s / f));
            }
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.append(String.format(Locale.ROOT, "python output-only flips: %d, >= 1.3x: %d, median %.2fx, min %.2fx%n",
                ratios.size(), ratios.stream().filter(r -> r >= 1.3).count(), median(sorted), sorted[0]));
        System.out.println("[bench] synth Python per-edit CPU times (python3, large inputs)\n" + report);
        Path out = Path.of("target", "synth-bench-python.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** Runs a Python submission under {@code python3}; returns its process CPU ms after checking its output. */
    private static double runPython(SynthSource s, Path input, String expected, Path tmp) throws Exception {
        Path file = Files.createTempFile(tmp, s.className(), ".py");
        Files.writeString(file, s.text());
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        String wrapper = "import resource, runpy, sys\n"
                + "runpy.run_path(sys.argv[1], run_name='__main__')\n"
                + "sys.stdout.flush()\n"
                + "r = resource.getrusage(resource.RUSAGE_SELF)\n"
                + "sys.stderr.write('" + CpuTimedMain.MARKER + "%d\\n' % int((r.ru_utime + r.ru_stime) * 1e9))\n";
        Process proc = new ProcessBuilder("python3", "-c", wrapper, file.toString()).redirectInput(input.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!proc.waitFor(300, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError(s.className() + " timed out");
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, proc.exitValue(), err);
        assertEquals(expected, Files.readString(stdout, StandardCharsets.UTF_8), s.text());
        int at = err.lastIndexOf(CpuTimedMain.MARKER);
        assertTrue(at >= 0, err);
        return Long.parseLong(err.substring(at + CpuTimedMain.MARKER.length()).trim()) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Runs a program in a child JVM; returns {cpu ms, wall ms} after checking its output. */
    private static double[] runChild(Path dir, String className, Path input, String expected, Path tmp) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = dir + File.pathSeparator + System.getProperty("java.class.path");
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx512m", "-cp", cp,
                CpuTimedMain.class.getName(), className));
        long start = System.nanoTime();
        Process proc = new ProcessBuilder(cmd).redirectInput(input.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        if (!proc.waitFor(120, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError(className + " timed out");
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, proc.exitValue(), err);
        assertEquals(expected, Files.readString(stdout, StandardCharsets.UTF_8), className);
        int at = err.lastIndexOf(CpuTimedMain.MARKER);
        assertTrue(at >= 0, err);
        double cpuMs = Long.parseLong(err.substring(at + CpuTimedMain.MARKER.length()).trim()) / 1e6;
        return new double[] {cpuMs, wallMs};
    }
}
