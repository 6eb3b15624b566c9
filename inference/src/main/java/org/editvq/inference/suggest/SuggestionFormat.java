package org.editvq.inference.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.editvq.inference.diff.LineDiff;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The ways {@code editvq suggest} shows a {@link SuggestionReport}. */
public enum SuggestionFormat {
    /**
     * A compact unified diff per distinct suggestion that parses, then the outputs that do not parse, apart,
     * each with its first parse problem.
     */
    TEXT,
    /** The whole report as JSON, for scripts. */
    JSON,
    /**
     * One self-contained page (inline CSS and script, no network): the formatted input beside each
     * suggestion that parses, then the outputs that do not parse in a section of their own, a filter by
     * latent (also preset by the address, {@code page.html#latent=5}).
     */
    HTML;

    /** The report in this format. */
    public String render(SuggestionReport report) {
        return switch (this) {
            case TEXT -> text(report);
            case JSON -> json(report);
            case HTML -> html(report);
        };
    }

    /** Parses {@code text}, {@code json} or {@code html} (any case). */
    public static SuggestionFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format " + name + " (expected text, json or html)");
        }
    }

    static String latentList(List<Integer> latents) {
        return latents.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String text(SuggestionReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "# %s: %d canonical tokens (%d unknown to the model); %d latents -> %d"
                        + " distinct outputs in %.2f s; %s%n", r.file(), r.inputTokens().size(), r.unknownTokens(),
                r.latents().size(), r.suggestions().size(), r.decodeSeconds(), parseRate(r)));
        for (Suggestion s : r.suggestions()) {
            if (s.parses()) {
                textEntry(sb, s, "suggestion");
            }
        }
        List<Suggestion> unparsed = r.suggestions().stream().filter(s -> !s.parses()).toList();
        if (!unparsed.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%n# %d %s not parse (not suggestions)%n", unparsed.size(),
                    unparsed.size() == 1 ? "output does" : "outputs do"));
            for (Suggestion s : unparsed) {
                textEntry(sb, s, "output");
            }
        }
        return sb.toString();
    }

    /** {@code P of N distinct outputs parse (x%)}. */
    public static String parseRate(SuggestionReport r) {
        return String.format(Locale.ROOT, "%d of %d distinct outputs parse (%.1f%%)", r.parsing(),
                r.suggestions().size(), 100 * r.parseRate());
    }

    private static void textEntry(StringBuilder sb, Suggestion s, String what) {
        sb.append(String.format(Locale.ROOT, "%n## #%d latents %s  score %.4f (log-likelihood/token)%s%s%s%n",
                s.rank(), latentList(s.latents()), s.score(), s.noChange() ? "  no change" : "",
                s.finished() ? "" : "  cut at the length limit", newNames(s, "  ")));
        if (!s.parses()) {
            sb.append("does not parse: ").append(s.parseProblem()).append('\n');
        }
        if (!s.diff().isEmpty()) {
            sb.append("--- input\n+++ ").append(what).append('\n').append(s.diff());
        }
    }

    /** {@code 2 new names: newVar1, newVar2} after {@code prefix} (at most five listed), or nothing. */
    private static String newNames(Suggestion s, String prefix) {
        List<String> names = s.newNames();
        return names.isEmpty() ? "" : prefix + names.size() + " new " + (names.size() == 1 ? "name: " : "names: ")
                + String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", \u2026" : "");
    }

    private static String json(SuggestionReport r) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static void card(StringBuilder sb, List<String> inputLines, Suggestion s) {
        List<LineDiff.Line> script = LineDiff.script(inputLines, Suggester.lines(s.code()));
        sb.append("<div class=\"card").append(s.parses() ? "" : " unparsed").append("\" data-latents=\",")
                .append(latentList(s.latents())).append(",\" data-same=\"").append(s.noChange()).append("\">\n<h2>#")
                .append(s.rank()).append(" latents ").append(latentList(s.latents()))
                .append(String.format(Locale.ROOT, " &middot; score %.4f", s.score()));
        if (s.noChange()) {
            sb.append(" <span class=\"nochange\">no change</span>");
        }
        if (!s.finished()) {
            sb.append(" <span class=\"nochange\">cut at the length limit</span>");
        }
        if (!s.newNames().isEmpty()) {
            sb.append(" <span class=\"nochange\">").append(escape(newNames(s, ""))).append("</span>");
        }
        sb.append("</h2>\n");
        if (!s.parses()) {
            sb.append("<p class=\"problem\">does not parse: ").append(escape(s.parseProblem())).append("</p>\n");
        }
        sb.append("<div class=\"cols\"><div><b>input</b><pre>");
        for (LineDiff.Line l : script) {
            if (l.op() != LineDiff.Op.INSERT) {
                line(sb, l, l.op() == LineDiff.Op.DELETE ? " del" : "");
            }
        }
        sb.append("</pre></div><div><b>").append(s.parses() ? "suggestion" : "output").append("</b><pre>");
        for (LineDiff.Line l : script) {
            if (l.op() != LineDiff.Op.DELETE) {
                line(sb, l, l.op() == LineDiff.Op.INSERT ? " ins" : "");
            }
        }
        sb.append("</pre></div></div></div>\n");
    }

    /** One code line; an empty line holds a space so that it keeps its height. */
    private static void line(StringBuilder sb, LineDiff.Line l, String cssClass) {
        sb.append("<span class=\"ln").append(cssClass).append("\">")
                .append(l.text().isEmpty() ? " " : escape(l.text())).append("</span>");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.2em}.meta{color:#555}
            .card{border:1px solid #ccc;border-radius:6px;margin:1em 0;padding:.5em 1em}
            .card h2{font-size:1em;margin:.3em 0}.nochange{color:#777;font-weight:normal}
            .unparsed{border-color:#d99;background:#fff8f8}.problem{color:#a00;margin:.2em 0 .5em}
            h2.section{font-size:1.1em;margin-top:2em;color:#a00}
            .cols{display:grid;grid-template-columns:1fr 1fr;gap:1em}.cols>div{min-width:0}
            pre{margin:0;font-size:12px;line-height:1.35;overflow-x:auto;background:#fafafa;padding:.4em}
            .ln{display:block;white-space:pre}.del{background:#fdd}.ins{background:#dfd}
            .hidden{display:none}label{margin-right:1em}
            """;

    private static String html(SuggestionReport r) {
        List<String> inputLines = Suggester.lines(r.inputCode());
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>editvq suggestions: ")
                .append(escape(r.file())).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        sb.append("<h1>Suggestions for ").append(escape(r.file())).append("</h1>\n<p class=\"meta\">")
                .append(r.inputTokens().size()).append(" canonical tokens, ").append(r.latents().size())
                .append(" latents, ").append(r.suggestions().size()).append(" distinct outputs, ranked by")
                .append(" log-likelihood per token; ").append(escape(parseRate(r))).append(".</p>\n");
        sb.append("<p><label>Latent <select id=\"latent\"><option value=\"\">all</option>");
        for (int latent : new TreeSet<>(r.latents())) {
            sb.append("<option value=\"").append(latent).append("\">").append(latent).append("</option>");
        }
        sb.append("</select></label><label><input type=\"checkbox\" id=\"hideSame\"> hide \u201cno change\u201d</label>"
                + "</p>\n");
        for (Suggestion s : r.suggestions()) {
            if (s.parses()) {
                card(sb, inputLines, s);
            }
        }
        List<Suggestion> unparsed = r.suggestions().stream().filter(s -> !s.parses()).toList();
        if (!unparsed.isEmpty()) {
            sb.append("<h2 class=\"section\">").append(unparsed.size()).append(unparsed.size() == 1
                    ? " output does" : " outputs do").append(" not parse</h2>\n<p class=\"meta\">Shown for"
                    + " inspection only: these are not suggestions.</p>\n");
            for (Suggestion s : unparsed) {
                card(sb, inputLines, s);
            }
        }
        sb.append("""
                <script>
                (function(){
                  var sel=document.getElementById('latent'),same=document.getElementById('hideSame');
                  function update(){
                    var k=sel.value,cards=document.querySelectorAll('.card');
                    for(var i=0;i<cards.length;i++){
                      var c=cards[i],show=(k===''||c.dataset.latents.indexOf(','+k+',')>=0)
                        &&!(same.checked&&c.dataset.same==='true');
                      c.classList.toggle('hidden',!show);
                    }
                  }
                  sel.addEventListener('change',update);same.addEventListener('change',update);
                  var m=/latent=(\\d+)/.exec(location.hash);
                  if(m){sel.value=m[1];}
                  update();
                })();
                </script>
                </body></html>
                """);
        return sb.toString();
    }
}
