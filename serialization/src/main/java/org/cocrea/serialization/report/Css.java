package org.cocrea.serialization.report;

/** The inline style sheet of the HTML report: system fonts, AA contrast, print-friendly, no external resource. */
final class Css {

  static final String STYLE = """
      :root { --ink: #1f2328; --muted: #555e68; --line: #d0d7de; --soft: #f6f8fa;
        --ok: #1a7f37; --bad: #b42318; --warn: #8a4b00; --info: #0b5cad; --accent: #6d28d9; }
      * { box-sizing: border-box; }
      html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
        color: var(--ink); background: #fff; line-height: 1.5; }
      body { margin: 0 auto; max-width: 1120px; padding: 0 24px 48px; }
      a { color: var(--info); }
      a:focus, summary:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
      .skip { position: absolute; left: -9999px; }
      .skip:focus { left: 16px; top: 8px; background: #fff; padding: 4px 8px; }
      header { border-bottom: 4px solid var(--ink); padding: 28px 0 12px; margin-bottom: 8px; }
      h1 { font-size: 1.9rem; margin: 0 0 12px; letter-spacing: -0.01em; }
      h2 { font-size: 1.4rem; margin: 40px 0 8px; padding-top: 12px; border-top: 1px solid var(--line); }
      h3 { font-size: 1.1rem; margin: 24px 0 8px; }
      h4 { font-size: 1rem; margin: 16px 0 6px; }
      .meta { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }
      .meta div { display: flex; gap: 6px; }
      .meta dt { color: var(--muted); }
      .meta dt::after { content: ":"; }
      .meta dd { margin: 0; font-weight: 600; }
      .verdict { font-size: 1.05rem; font-weight: 600; padding: 10px 14px; border-left: 6px solid; background: var(--soft); }
      .verdict.ok { border-color: var(--ok); }
      .verdict.bad { border-color: var(--bad); }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.93rem; }
      caption { text-align: left; font-weight: 600; padding: 4px 0 8px; color: var(--muted); }
      th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
      thead th { background: var(--soft); border-bottom: 2px solid var(--line); }
      tbody th { font-weight: 600; }
      td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
      code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
        font-size: 0.88em; background: var(--soft); padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
      td.wrap, .path { overflow-wrap: anywhere; }
      td.nowrap { white-space: nowrap; }
      thead th { white-space: nowrap; }
      .badge, .sev, .st { display: inline-block; font-size: 0.78rem; font-weight: 700; letter-spacing: 0.03em;
        padding: 2px 8px; border-radius: 999px; color: #fff; white-space: nowrap; vertical-align: middle; }
      .badge.ok { background: var(--ok); }
      .badge.bad { background: var(--bad); }
      .sev.error { background: var(--bad); }
      .sev.warning { background: var(--warn); }
      .sev.info { background: var(--info); }
      .st.done { background: var(--ok); }
      .st.late { background: var(--bad); }
      .st.pending { background: var(--info); }
      .file h2 .path { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 1.15rem; }
      svg.bar { display: block; max-width: 100%; height: auto; border-radius: 4px; background: var(--soft); }
      svg.bar .pass { fill: var(--ok); }
      svg.bar .fail { fill: var(--bad); }
      svg.bar .na { fill: #afb8c1; }
      figure.timeline { margin: 8px 0 12px; }
      figure.timeline > svg { display: block; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
      .timeline text { font-size: 12px; fill: var(--ink); font-family: inherit; }
      .timeline .tick { fill: var(--muted); }
      .timeline .label { font-size: 12.5px; }
      .timeline .stripe { fill: var(--soft); }
      .timeline .grid { stroke: var(--line); stroke-width: 1; }
      .timeline .span { stroke: #8c959f; stroke-width: 2; stroke-linecap: round; }
      .asof { stroke: var(--accent); stroke-width: 2; stroke-dasharray: 5 4; }
      .timeline .asof-label { fill: var(--accent); font-weight: 700; }
      .ms.done .mark { fill: var(--ok); }
      .ms.late .mark { fill: var(--bad); }
      .ms.pending .mark { fill: #fff; stroke: var(--info); stroke-width: 2.5; }
      .ms .bar { opacity: 0.28; }
      .ms.done .bar { fill: var(--ok); }
      .ms.late .bar { fill: var(--bad); }
      .ms.pending .bar { fill: var(--info); }
      .tick-mark { fill: none; stroke: #fff; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
      .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 22px; padding: 6px 0 0; margin: 0; font-size: 0.9rem; }
      .legend li { display: flex; align-items: center; gap: 6px; }
      details { margin: 4px 0 12px; }
      summary { cursor: pointer; color: var(--info); }
      .rules { margin: 0; }
      .rule { padding: 10px 0; border-bottom: 1px solid var(--line); }
      .rule:target { background: #f3efff; }
      .rule dt { font-weight: 700; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .rule .rid { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
      .rule .cat { color: var(--muted); font-weight: 400; }
      .rule dd { margin: 4px 0 0; }
      .rule dd p { margin: 2px 0; }
      .source { color: var(--muted); font-size: 0.9rem; }
      .back { font-size: 0.9rem; }
      footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
      @media print { .skip, .back { display: none; } details { display: block; } a { color: inherit; } }
      """;

  private Css() {}
}
