//! Charts drawn on the server as SVG, each named by a one-sentence summary
//! and always shown beside a table with the same numbers.
use leptos::prelude::*;

/// One bar: what it stands for, the figures written beside it, and its
/// length as a share of the longest bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub figures: String,
    pub share: f64,
    /// A bar for a non-zero count stays visible however short.
    pub nonzero: bool,
}

/// Horizontal bars, one per row. The picture is named by the summary
/// sentence; the table beside it holds every number.
#[component]
pub fn BarChart(bars: Vec<Bar>, #[prop(into)] label: String) -> impl IntoView {
    // Each bar has its label and figures on a line of their own above it,
    // so no reader has to match bars to the table by order, and nothing
    // overlaps. In right-to-left languages the bars grow from the right.
    const WIDTH: f64 = 420.0;
    const LABEL: i32 = 18;
    const BAR: i32 = 24;
    const ROW: i32 = LABEL + BAR + 10;
    let height = (bars.len() as i32 * ROW).max(ROW);
    let lang = crate::viewer::Viewer::current().lang;
    let rtl = crate::i18n::dir_of(&lang) == "rtl";
    view! {
        <svg class="chart" role="img" aria-label=label viewBox=format!("0 0 {WIDTH} {height}") width=WIDTH.to_string() height=height.to_string() xmlns="http://www.w3.org/2000/svg">
            {bars.into_iter().enumerate().map(|(i, b)| {
                let y = i as i32 * ROW;
                let w = (b.share.clamp(0.0, 1.0) * WIDTH).max(if b.nonzero { 2.0 } else { 0.0 });
                let x = if rtl { WIDTH - w } else { 0.0 };
                view! {
                    <g>
                        <text x=if rtl { format!("{WIDTH}") } else { "0".into() } y=(y + LABEL - 4).to_string() class="bar-label"
                            text-anchor=if rtl { "end" } else { "start" } direction=if rtl { "rtl" } else { "ltr" }>
                            {format!("{}: {}", b.label, b.figures)}
                        </text>
                        <rect x=format!("{x:.1}") y=(y + LABEL).to_string() width=format!("{w:.1}") height=BAR.to_string() class="bar"></rect>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}
