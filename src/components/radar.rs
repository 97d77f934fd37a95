//! The radar chart as plain SVG: scale rings, axes, labels, series with optional
//! uncertainty bands. Accessible name and description via `<title>`/`<desc>`.
//!
//! Beside the SVG the component renders the same numbers as a labelled HTML bar
//! list. In containers narrower than 480 px (where SVG labels would shrink below
//! 11 px) the list replaces the radar on screen; in wider ones it is visually hidden
//! but still read by screen readers, so the figures are never only in a picture.

use yew::prelude::*;

use crate::domain::radar::{svg_points, wrap_label, Frame};
use crate::domain::small::{clamp, sin_cos};
use crate::format;
use crate::i18n;

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
/// Line height of axis labels, in user units (labels are 13.5 units: at least 11 px
/// rendered from the 480 px container width where the radar is shown).
const LABEL_LEAD: f64 = 15.5;

/// One profile drawn on the radar.
#[derive(Clone, PartialEq)]
pub struct Series {
    pub scores: Vec<Option<f64>>,
    /// Lower/upper values per axis, drawn as a band.
    pub band: Option<Vec<Option<(f64, f64)>>>,
    /// CSS class selecting colours and dash pattern.
    pub class: &'static str,
    /// Machine name (`data-series`).
    pub label: AttrValue,
    /// Name shown in the bar list when there are several series.
    pub name: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub uid: AttrValue,
    pub axes: Vec<AttrValue>,
    pub series: Vec<Series>,
    pub title: AttrValue,
    pub desc: AttrValue,
    /// Interface language, for the numbers in the bar list.
    pub lang: AttrValue,
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
        let cos = sin_cos(Frame::angle(i, n)).1;
        let y0 = if cos > 0.5 {
            lp.y - block
        } else if cos < -0.5 {
            lp.y
        } else {
            lp.y - block / 2.0
        };
        let x = crate::domain::fixed::fixed(lp.x, 1);
        html! {
            <g>
                <line class="lr-axis" x1={crate::domain::fixed::fixed(FRAME.cx, 1)} y1={crate::domain::fixed::fixed(FRAME.cy, 1)}
                    x2={crate::domain::fixed::fixed(end.x, 1)} y2={crate::domain::fixed::fixed(end.y, 1)} />
                <text class="lr-axis-label" x={x.clone()} y={crate::domain::fixed::fixed(y0, 1)}
                    text-anchor={anchor} dominant-baseline="middle">
                    { lines.iter().enumerate().map(|(k, l)| html! {
                        <tspan x={x.clone()} dy={if k == 0 { "0".to_string() } else { crate::domain::fixed::fixed(LABEL_LEAD, 1) }}>{ l.clone() }</tspan>
                    }).collect::<Html>() }
                </text>
            </g>
        }
    });
    let ring_labels = [25.0, 50.0, 75.0].map(|r| {
        let pt = FRAME.point(0, n.max(1), r);
        html! { <text class="lr-ring-label" x={crate::domain::fixed::fixed(pt.x + 4.0, 1)} y={crate::domain::fixed::fixed(pt.y - 3.0, 1)}>{ crate::domain::fixed::fixed(r, 0) }</text> }
    });
    let series = p.series.iter().map(|s| {
        // Missing scores leave a gap (never a point at the centre, which reads as 0).
        let present: Vec<bool> = s.scores.iter().map(Option::is_some).collect();
        let complete = present.iter().all(|&x| x);
        let runs = Frame::runs(&present);
        let band: Html = match &s.band {
            None => html! {},
            Some(b) if complete => {
                html! { <polygon class={classes!("lr-band", s.class)} points={svg_points(&FRAME.band(b))} /> }
            }
            Some(b) => runs
                .iter()
                .filter(|r| r.len() >= 2)
                .map(|r| {
                    let upper = r.iter().filter_map(|&i| b.get(i).copied().flatten().map(|x| FRAME.point(i, n, x.1)));
                    let lower: Vec<_> = r.iter().filter_map(|&i| b.get(i).copied().flatten().map(|x| FRAME.point(i, n, x.0))).collect();
                    let pts: Vec<_> = upper.chain(lower.into_iter().rev()).collect();
                    html! { <polygon class={classes!("lr-band", s.class)} points={svg_points(&pts)} /> }
                })
                .collect(),
        };
        let profile: Html = if complete {
            html! { <polygon class={classes!("lr-profile", s.class)} points={svg_points(&FRAME.polygon(&s.scores))} /> }
        } else {
            runs.iter()
                .filter(|r| r.len() >= 2)
                .map(|r| {
                    let pts: Vec<_> = r.iter().filter_map(|&i| s.scores[i].map(|v| FRAME.point(i, n, v))).collect();
                    html! { <polyline class={classes!("lr-profile", "lr-open", s.class)} points={svg_points(&pts)} /> }
                })
                .collect()
        };
        let dots = s.scores.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).map(|(i, v)| {
            let pt = FRAME.point(i, n, v);
            html! { <circle class={classes!("lr-dot", s.class)} cx={crate::domain::fixed::fixed(pt.x, 1)} cy={crate::domain::fixed::fixed(pt.y, 1)} r="4" /> }
        });
        html! {
            <g class={classes!("lr-series", s.class)} data-series={s.label.clone()}>
                { band }
                { profile }
                { dots.collect::<Html>() }
            </g>
        }
    });
    let s = i18n::view_strings(&p.lang);
    let many = p.series.len() > 1;
    let list = p
        .axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let rows = p
                .series
                .iter()
                .map(|se| {
                    let v = se.scores.get(i).copied().flatten();
                    let band = se.band.as_ref().and_then(|b| b.get(i).copied().flatten());
                    html! {
                        <span class={classes!("lr-rb-row", se.class)} data-series={se.label.clone()}>
                            if many { <span class="lr-rb-series">{ se.name.clone() }</span> }
                            <svg class="lr-rb-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="lr-bar-track" x="0" y="0" width="100" height="10" rx="2" />
                                if let Some((lo, hi)) = band {
                                    <rect class={classes!("lr-rb-band", se.class)} x={crate::domain::fixed::fixed(clamp(lo, 0.0, 100.0), 1)} y="0" width={crate::domain::fixed::fixed(clamp(hi - lo, 0.0, 100.0), 1)} height="10" />
                                }
                                if let Some(v) = v {
                                    <rect class={classes!("lr-rb-fill", se.class)} x="0" y="3" width={crate::domain::fixed::fixed(clamp(v, 0.0, 100.0), 1)} height="4" />
                                    <rect class={classes!("lr-rb-mark", se.class)} x={crate::domain::fixed::fixed((clamp(v, 0.0, 100.0) - 0.8).max(0.0), 1)} y="0" width="1.6" height="10" />
                                }
                            </svg>
                            <span class="lr-num lr-rb-value">{ format::score(&s.locale, v) }</span>
                        </span>
                    }
                })
                .collect::<Html>();
            html! { <li class="lr-rb-item"><span class="lr-rb-name">{ axis.clone() }</span>{ rows }</li> }
        })
        .collect::<Html>();
    html! {
      <div class="lr-chart">
        <svg class="lr-radar" role="img" viewBox={VIEW_BOX}
            xmlns="http://www.w3.org/2000/svg"
            aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}>
            <title id={title_id}>{ p.title.clone() }</title>
            <desc id={desc_id}>{ p.desc.clone() }</desc>
            <g class="lr-grid">{ rings.into_iter().collect::<Html>() }{ axes.into_iter().collect::<Html>() }{ ring_labels.into_iter().collect::<Html>() }</g>
            { series.collect::<Html>() }
        </svg>
        <div class="lr-radar-bars">
            <p class="lr-rb-title">{ p.title.clone() }</p>
            <ul class="lr-rb-list">{ list }</ul>
        </div>
      </div>
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
