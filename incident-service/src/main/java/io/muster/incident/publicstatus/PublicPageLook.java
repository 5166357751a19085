package io.muster.incident.publicstatus;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/** The look the public pages (status page, subscription answers) share with the console. */
public final class PublicPageLook {

    /**
     * The console's look (its colours, font and band) inline: the page's Content-Security-Policy
     * allows inline styles only, and the page must stand alone when the console is not served.
     */
    public static final String STYLE =
            """
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;\
            background:#fff;line-height:1.45}
            .top{background:#0b3d62;color:#fff;padding:10px 16px}.brand{font-weight:700;font-size:1.15rem;\
            letter-spacing:.02em}
            main,footer{max-width:40rem;margin:0 auto;padding:16px}h1{font-size:1.4rem;margin:.4rem 0 1rem}
            h2{font-size:1.15rem;margin:.2rem 0 .3rem}h3{font-size:1rem;margin:.6rem 0 .2rem}
            article{border:1px solid #c9d1d9;border-radius:6px;padding:10px 14px;margin:0 0 12px;background:#fff}
            article>div{color:#4a5561;font-size:.9rem}
            .tag{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8rem;font-weight:600;\
            background:#fff4d6;border:1px solid #c99a00;color:#5a4100}
            p{white-space:pre-line}a{color:#0b5cad}:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
            form{border-top:1px solid #c9d1d9;padding-top:12px}label{display:block;font-weight:600}
            input{display:block;width:100%;max-width:22rem;box-sizing:border-box;margin:.3rem 0;padding:8px;\
            border:1px solid #6b7785;border-radius:4px;font:inherit}
            button{font:inherit;padding:8px 16px;border-radius:4px;border:1px solid transparent;\
            background:#0b5cad;color:#fff;cursor:pointer}
            footer{border-top:1px solid #c9d1d9;color:#4a5561;font-size:.9rem}
            """;

    /** The Content-Security-Policy of a public page: no script, no fetch, only its own inline style. */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    /** Markup escaped, accents kept as they are (the pages are UTF-8). */
    private static final Mustache.Compiler TEMPLATES =
            Mustache.compiler().withEscaper(text -> HtmlUtils.htmlEscape(text, "UTF-8"));

    private PublicPageLook() {}

    /**
     * The Mustache template {@code templates/<name>.mustache}, compiled once by its page: every {@code {{value}}} is
     * HTML-escaped, so a statement's {@code <script>} is shown, never run; only {@code {{{style}}}} is raw.
     */
    public static Template template(String name) {
        String path = "/templates/" + name + ".mustache";
        try (InputStream in = PublicPageLook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return TEMPLATES.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
