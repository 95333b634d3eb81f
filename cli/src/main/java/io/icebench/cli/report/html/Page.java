package io.icebench.cli.report.html;

/** The page around the report: its own CSS for light and dark mode, nothing loaded from anywhere. */
final class Page {

    private Page() {}

    private static final String CSS = """
            :root{--bg:#ffffff;--fg:#1b1f24;--muted:#5b6470;--grid:#e3e6ea;--card:#f6f8fa;
              --c0:#3b6fd8;--c1:#e0702a;--c2:#2f9e5b;--c3:#b8459c;--c4:#8a6d1f;--c5:#1f9bb0;--c6:#d13d3d;--c7:#6b5bd1;
              --ok:#1f7a3f;--bad:#b42318;--warn:#8a6d1f}
            @media (prefers-color-scheme: dark){:root{--bg:#0f1217;--fg:#e6e9ee;--muted:#9aa4b1;--grid:#2a3039;--card:#161b22;
              --c0:#6f9bff;--c1:#ff9a52;--c2:#4cc482;--c3:#e277c6;--c4:#d4b24c;--c5:#4fd0e4;--c6:#ff6b6b;--c7:#a497ff;
              --ok:#4cc482;--bad:#ff6b6b;--warn:#d4b24c}}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:1180px;margin:0 auto;padding:24px}
            h1{margin:0 0 4px;font-size:26px}h2{font-size:19px;margin:0 0 12px}
            .meta{color:var(--muted);margin:0 0 20px}
            section{background:var(--card);border-radius:10px;padding:16px 18px;margin:0 0 18px}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{padding:5px 8px;border-bottom:1px solid var(--grid);text-align:left;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            code{font-size:12px;word-break:break-all}
            .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:var(--muted)}
            .badge.match{background:var(--ok)}.badge.mismatch{background:var(--bad)}.badge.unverified{background:var(--warn)}.badge.disagree{background:var(--warn)}
            .chart{display:block;max-width:none;height:auto}
            .chart text{fill:var(--fg);font-size:11px}.chart .tick,.chart .unit{fill:var(--muted)}
            .chart .grid{stroke:var(--grid)}.chart .axis{stroke:var(--muted)}
            .chart .whisker{stroke:var(--fg);stroke-width:1.2;fill:none}
            .chart .line{fill:none;stroke-width:2}.chart .line.dashed{stroke-dasharray:5 4;stroke:var(--muted)}
            .s0{fill:var(--c0);stroke:var(--c0)}.s1{fill:var(--c1);stroke:var(--c1)}.s2{fill:var(--c2);stroke:var(--c2)}
            .s3{fill:var(--c3);stroke:var(--c3)}.s4{fill:var(--c4);stroke:var(--c4)}.s5{fill:var(--c5);stroke:var(--c5)}
            .s6{fill:var(--c6);stroke:var(--c6)}.s7{fill:var(--c7);stroke:var(--c7)}
            path.line{fill:none}
            .toggle{display:inline-block;margin:0 0 8px;color:var(--muted)}
            .log{display:none}body:has(#log:checked) .log{display:block}body:has(#log:checked) .linear{display:none}
            dl.env{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0 0 8px}dt{color:var(--muted)}dd{margin:0}
            pre{overflow-x:auto;font-size:12px}
            """;

    static String wrap(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\">"
                + "<title>" + Html.escape(title) + "</title><style>" + CSS + "</style></head><body><main>" + body
                + "<p class=\"meta\">Made by icebench from the results file; numbers as measured, nothing averaged away.</p>"
                + "</main></body></html>\n";
    }
}
