//! The radar chart as plain SVG: scale rings, axes, labels, series with optional
//! uncertainty bands. Accessible name and description via `<title>`/`<desc>`;
//! callers show the same numbers in a table.

use yew::prelude::*;

use crate::domain::fixed::fixed;
use crate::domain::radar::{svg_points, wrap_label, Frame};

/// Width and height of the SVG user space.
pub const VIEW_W: f64 = 560.0;
pub const VIEW_H: f64 = 420.0;
/// `viewBox` of the chart: 0 0 VIEW_W VIEW_H.
const VIEW_BOX: &str = "0 0 560 420";
/// The radar's frame inside the view box.
pub const FRAME: Frame = Frame {
    cx: VIEW_W / 2.0,
    cy: VIEW_H / 2.0,
    radius: 140.0,
};
/// Characters per axis-label line.
const LABEL_LINE: usize = 16;
/// Line height of axis labels, in user units.
const LABEL_LEAD: f64 = 14.0;

/// One profile drawn on the radar.
#[derive(Clone, PartialEq)]
pub struct Series {
    pub scores: Vec<Option<f64>>,
    /// Lower/upper values per axis, drawn as a band.
    pub band: Option<Vec<Option<(f64, f64)>>>,
    /// CSS class selecting colours and dash pattern.
    pub class: &'static str,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub uid: AttrValue,
    pub axes: Vec<AttrValue>,
    pub series: Vec<Series>,
    pub title: AttrValue,
    pub desc: AttrValue,
}

#[component]
pub fn Radar(p: &RadarProps) -> Html {
    let n = p.axes.len();
    let title_id = format!("{}-radar-title", p.uid);
    let desc_id = format!("{}-radar-desc", p.uid);
    let rings = [25.0, 50.0, 75.0, 100.0].map(|r| {
        let pts = FRAME.polygon(&vec![Some(r); n]);
        html! { <polygon class="lr-ring" points={svg_points(&pts)} /> }
    });
    let axes = (0..n).map(|i| {
        let end = FRAME.point(i, n, 100.0);
        let (lp, anchor) = FRAME.label(i, n, 12.0);
        let lines = wrap_label(&p.axes[i], LABEL_LINE);
        // Centre the block of lines vertically on the anchor, except at the top and
        // bottom, where it grows away from the chart.
        let block = (lines.len().saturating_sub(1)) as f64 * LABEL_LEAD;
        let cos = Frame::angle(i, n).cos();
        let y0 = if cos > 0.5 {
            lp.y - block
        } else if cos < -0.5 {
            lp.y
        } else {
            lp.y - block / 2.0
        };
        let x = fixed(lp.x, 1);
        html! {
            <g>
                <line class="lr-axis" x1={fixed(FRAME.cx, 1)} y1={fixed(FRAME.cy, 1)}
                    x2={fixed(end.x, 1)} y2={fixed(end.y, 1)} />
                <text class="lr-axis-label" x={x.clone()} y={fixed(y0, 1)}
                    text-anchor={anchor} dominant-baseline="middle">
                    { lines.iter().enumerate().map(|(k, l)| html! {
                        <tspan x={x.clone()} dy={if k == 0 { "0".to_string() } else { fixed(LABEL_LEAD, 1) }}>{ l.clone() }</tspan>
                    }).collect::<Html>() }
                </text>
            </g>
        }
    });
    let ring_labels = [25.0, 50.0, 75.0].map(|r| {
        let pt = FRAME.point(0, n.max(1), r);
        html! { <text class="lr-ring-label" x={fixed(pt.x + 4.0, 1)} y={fixed(pt.y - 3.0, 1)}>{ fixed(r, 0) }</text> }
    });
    let series = p.series.iter().map(|s| {
        let band = s.band.as_ref().map(|b| {
            html! { <polygon class={classes!("lr-band", s.class)} points={svg_points(&FRAME.band(b))} /> }
        });
        let pts = FRAME.polygon(&s.scores);
        let dots = s.scores.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).map(|(i, v)| {
            let pt = FRAME.point(i, n, v);
            html! { <circle class={classes!("lr-dot", s.class)} cx={fixed(pt.x, 1)} cy={fixed(pt.y, 1)} r="4" /> }
        });
        html! {
            <g class={classes!("lr-series", s.class)} data-series={s.label.clone()}>
                { band.into_iter().collect::<Html>() }
                <polygon class={classes!("lr-profile", s.class)} points={svg_points(&pts)} />
                { dots.into_iter().collect::<Html>() }
            </g>
        }
    });
    html! {
        <svg class="lr-radar" role="img" viewBox={VIEW_BOX}
            xmlns="http://www.w3.org/2000/svg"
            aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}>
            <title id={title_id}>{ p.title.clone() }</title>
            <desc id={desc_id}>{ p.desc.clone() }</desc>
            <g class="lr-grid">{ rings.into_iter().collect::<Html>() }{ axes.into_iter().collect::<Html>() }{ ring_labels.into_iter().collect::<Html>() }</g>
            { series.into_iter().collect::<Html>() }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn view_box_matches_the_frame_size() {
        assert_eq!(
            super::VIEW_BOX,
            format!("0 0 {} {}", super::VIEW_W, super::VIEW_H)
        );
    }
}
