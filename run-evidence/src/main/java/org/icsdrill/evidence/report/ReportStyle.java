package org.icsdrill.evidence.report;

/**
 * The report's style sheet, inlined so that the file stands alone: grey and quiet like the console,
 * colour only for what went wrong or right, readable printed. Japanese text uses the first CJK
 * font the reader's machine has.
 */
final class ReportStyle {

    static final String CSS = """
            :root { --ink: #222; --muted: #666; --line: #d6d6d6; --band: #f4f4f4;
                    --good: #2e7d32; --good-bg: #e6f2e6; --bad: #b3261e; --bad-bg: #fbe9e7; }
            body { font-family: "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", "Noto Sans", "Hiragino Sans",
                   "Yu Gothic", "Noto Sans CJK JP", "IPAPGothic", "IPAGothic", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1040px;
                   padding: 24px 32px 48px; line-height: 1.45; font-size: 15px; }
            header { border-bottom: 2px solid var(--ink); margin-bottom: 8px; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0; font-size: 13px; }
            h1 { margin: 4px 0 12px; font-size: 26px; }
            h2 { margin-top: 36px; border-bottom: 1px solid var(--line); padding-bottom: 4px; font-size: 20px; }
            h3 { margin: 22px 0 8px; font-size: 16px; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 16px;
                       margin: 0 0 16px; font-size: 14px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; }
            .prose { white-space: pre-wrap; }
            section#briefing .prose { background: var(--band); padding: 10px 14px; border-left: 3px solid var(--line); }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 14px; }
            th { text-align: left; font-weight: 600; background: var(--band); }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
            table.timeline td:nth-child(1), table.timeline td:nth-child(2) { white-space: nowrap;
                       font-variant-numeric: tabular-nums; color: var(--muted); }
            .kpis { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 4px; }
            .kpi { flex: 1 1 0; border: 1px solid var(--line); border-top: 4px solid var(--line); padding: 8px 12px;
                   min-width: 100px; }
            .kpi.good { border-top-color: var(--good); }
            .kpi.bad { border-top-color: var(--bad); }
            .kpi .value { font-size: 24px; font-weight: 600; }
            .kpi .label { color: var(--muted); font-size: 13px; }
            .badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px;
                     background: var(--band); border: 1px solid var(--line); white-space: nowrap; }
            .badge.good { background: var(--good-bg); color: var(--good); border-color: var(--good); }
            .badge.bad, .badge.attack_started, .badge.alarm, .badge.status, .badge.failed, .badge.impact_started {
                     background: var(--bad-bg); color: var(--bad); border-color: var(--bad); }
            .badge.declaration, .badge.action, .badge.answer { background: #e8eef8; color: #1f4f8a;
                     border-color: #1f4f8a; }
            .badge.note { background: #fff6db; color: #7a5b00; border-color: #c9a227; }
            figure.chart { margin: 18px 0; }
            figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
            figure.chart svg { width: 100%; height: auto; }
            footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line);
                     padding-top: 8px; }
            @media print { body { max-width: none; padding: 0; } figure.chart, tr { break-inside: avoid; } }
            """;

    private ReportStyle() {
    }
}
