package org.editvq.training.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.editvq.core.diff.LineDiff;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The ways {@code editvq suggest} shows a {@link SuggestionReport}. */
public enum SuggestionFormat {
    /** A compact unified diff per distinct suggestion. */
    TEXT,
    /** The whole report as JSON, for scripts. */
    JSON,
    /**
     * One self-contained page (inline CSS and script, no network): input beside each suggestion,
     * a filter by latent (also preset by the address, {@code page.html#latent=5}).
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
                        + " distinct suggestions in %.2f s%n", r.file(), r.inputTokens().size(), r.unknownTokens(),
                r.latents().size(), r.suggestions().size(), r.decodeSeconds()));
        for (Suggestion s : r.suggestions()) {
            sb.append(String.format(Locale.ROOT, "%n## #%d latents %s  score %.4f (log-likelihood/token)%s%s%s%n",
                    s.rank(), latentList(s.latents()), s.score(), s.noChange() ? "  no change" : "",
                    s.finished() ? "" : "  cut at the length limit",
                    s.placeholders() > 0 ? "  " + s.placeholders() + " names unknown" : ""));
            if (!s.diff().isEmpty()) {
                sb.append("--- input\n+++ suggestion\n").append(s.diff());
            }
        }
        return sb.toString();
    }

    private static String json(SuggestionReport r) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
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
            .cols{display:grid;grid-template-columns:1fr 1fr;gap:1em}
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
                .append(" latents, ").append(r.suggestions().size()).append(" distinct suggestions, ranked by")
                .append(" log-likelihood per token.</p>\n");
        sb.append("<p><label>Latent <select id=\"latent\"><option value=\"\">all</option>");
        for (int latent : new TreeSet<>(r.latents())) {
            sb.append("<option value=\"").append(latent).append("\">").append(latent).append("</option>");
        }
        sb.append("</select></label><label><input type=\"checkbox\" id=\"hideSame\"> hide \u201cno change\u201d</label>"
                + "</p>\n");
        for (Suggestion s : r.suggestions()) {
            List<LineDiff.Line> script = LineDiff.script(inputLines, Suggester.lines(s.code()));
            sb.append("<div class=\"card\" data-latents=\",").append(latentList(s.latents())).append(",\" data-same=\"")
                    .append(s.noChange()).append("\">\n<h2>#").append(s.rank()).append(" latents ")
                    .append(latentList(s.latents())).append(String.format(Locale.ROOT, " &middot; score %.4f", s.score()));
            if (s.noChange()) {
                sb.append(" <span class=\"nochange\">no change</span>");
            }
            if (!s.finished()) {
                sb.append(" <span class=\"nochange\">cut at the length limit</span>");
            }
            sb.append("</h2>\n<div class=\"cols\"><div><b>input</b><pre>");
            for (LineDiff.Line l : script) {
                if (l.op() != LineDiff.Op.INSERT) {
                    sb.append("<span class=\"ln").append(l.op() == LineDiff.Op.DELETE ? " del" : "").append("\">")
                            .append(escape(l.text())).append(' ').append("</span>");
                }
            }
            sb.append("</pre></div><div><b>suggestion</b><pre>");
            for (LineDiff.Line l : script) {
                if (l.op() != LineDiff.Op.DELETE) {
                    sb.append("<span class=\"ln").append(l.op() == LineDiff.Op.INSERT ? " ins" : "").append("\">")
                            .append(escape(l.text())).append(' ').append("</span>");
                }
            }
            sb.append("</pre></div></div></div>\n");
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
