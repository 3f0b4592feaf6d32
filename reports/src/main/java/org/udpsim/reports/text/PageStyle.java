package org.udpsim.reports.text;

/**
 * The report page's style sheet: large type for a projector, the fonts of the pictures ({@link PictureFont}:
 * the project's CJK font, which the page embeds, and DejaVu Sans), charts as wide as the page.
 */
public final class PageStyle {
    public static final String CSS = """
            :root { --ink: #222; --muted: #666; --udp: #0072b2; --tcp: #e69f00; --lost: #d55e00; }
            body { font-family: 'udpsim CJK Sans', 'DejaVu Sans', 'Droid Sans Fallback', 'WenQuanYi Micro Hei',
                   'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB',
                   Arial, sans-serif;
                   color: var(--ink); margin: 0 auto; max-width: 1280px; padding: 1rem 2rem; font-size: 18px;
                   line-height: 1.45; }
            h1 { font-size: 2.1rem; margin-bottom: .3rem; }
            h2 { font-size: 1.6rem; border-bottom: 3px solid #ddd; padding-bottom: .2rem; margin-top: 2.2rem; }
            .description { font-size: 1.15rem; color: #333; }
            table { border-collapse: collapse; margin: .8rem 0; }
            th, td { border: 1px solid #ccc; padding: .35rem .7rem; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            td:not(:first-child) { font-variant-numeric: tabular-nums; }
            code, pre { font-family: 'udpsim CJK Sans', 'DejaVu Sans Mono', Consolas, monospace; font-size: .95em; }
            pre { background: #f7f7f7; padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; }
            figure { margin: 1rem 0; }
            figure.chart svg, figure.topology svg { width: 100%; height: auto; display: block; }
            .strip-scroll { overflow-x: auto; }
            .strip-scroll svg { height: auto; display: block; min-width: 100%; }
            img.oled-gif { width: 512px; max-width: 100%; image-rendering: pixelated; border: 3px solid #111; }
            .note { color: var(--muted); }
            .warning { color: #8a4b00; margin: .3rem 0 0; }
            table.comparison th.sub { padding-left: 1.8rem; font-weight: normal; }
            table.comparison td { text-align: right; }
            .ladders { display: flex; gap: 1rem; flex-wrap: wrap; }
            /* two ladders stand side by side only where both are readable (900 px each); on a projector, one above the other */
            .ladders figure { flex: 1 1 900px; }
            figcaption { font-weight: bold; font-size: 1.2rem; }
            .topology rect.node { fill: #eef4fb; stroke: #0072b2; stroke-width: 2; }
            .topology rect.more { fill: #f5f5f5; stroke: #999; stroke-dasharray: 6 4; }
            .topology text.name { font-size: 20px; font-weight: bold; }
            .topology text.detail { font-size: 15px; fill: #444; }
            .topology text.hop { font-size: 17px; fill: #a34400; font-weight: bold; }
            .topology rect.hop-back { fill: #fff; fill-opacity: 0.9; }
            .result { font-weight: bold; white-space: nowrap; }
            .result.pass { color: #fff; background: #2e7d32; }
            .result.fail { color: #fff; background: var(--lost); }
            .result.pending { color: var(--muted); }
            .detail { color: var(--muted); }
            details summary { cursor: pointer; font-weight: bold; font-size: 1.1rem; }
            dt { font-weight: bold; }
            @media print { body { max-width: none; } details { display: block; } }
            """;

    private PageStyle() {
    }
}
