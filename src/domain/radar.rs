//! Radar chart geometry: pure functions from scores to SVG coordinates.
//!
//! Axis `i` of `n` points straight up for `i = 0` and proceeds clockwise. A score of
//! 0 sits at the centre, 100 on the outer ring.

use crate::domain::small::{clamp, sin_cos};

/// A point in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal coordinate (SVG user units).
    pub x: f64,
    /// Vertical coordinate (SVG user units, downwards).
    pub y: f64,
}

/// The frame a radar is drawn in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Centre, horizontal.
    pub cx: f64,
    /// Centre, vertical.
    pub cy: f64,
    /// Radius of the 100 ring.
    pub radius: f64,
}

impl Frame {
    /// Angle of axis `i` of `n`, in radians, measured clockwise from "up".
    pub fn angle(i: usize, n: usize) -> f64 {
        if n == 0 {
            return 0.0;
        }
        std::f64::consts::TAU * i as f64 / n as f64
    }

    /// Where a score (0–100, clamped) lies on axis `i` of `n`.
    pub fn point(&self, i: usize, n: usize, score: f64) -> Point {
        let s = if score.is_finite() {
            clamp(score, 0.0, 100.0)
        } else {
            0.0
        };
        let r = self.radius * s / 100.0;
        let (sin, cos) = sin_cos(Self::angle(i, n));
        Point {
            x: self.cx + r * sin,
            y: self.cy - r * cos,
        }
    }

    /// The axes to connect when some scores are missing: runs of neighbouring axes (in
    /// drawing order, wrapping around) that all have a value. One run of every axis
    /// when nothing is missing (draw it closed); no run crosses a missing axis, so a
    /// suppressed figure leaves a gap instead of a point at the centre, which would read
    /// as a score of 0. A run of one axis is a lone point.
    pub fn runs(present: &[bool]) -> Vec<Vec<usize>> {
        let n = present.len();
        let Some(gap) = present.iter().position(|p| !p) else {
            return if n == 0 {
                Vec::new()
            } else {
                vec![(0..n).collect()]
            };
        };
        let mut runs = Vec::new();
        let mut run = Vec::new();
        for k in 1..=n {
            let i = (gap + k) % n;
            if present[i] {
                run.push(i);
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        runs
    }

    /// Polygon through the scores on every axis; a missing score is drawn at the centre.
    pub fn polygon(&self, scores: &[Option<f64>]) -> Vec<Point> {
        let n = scores.len();
        scores
            .iter()
            .enumerate()
            .map(|(i, s)| self.point(i, n, s.unwrap_or(0.0)))
            .collect()
    }

    /// A closed band between lower and upper values on every axis (outer ring clockwise,
    /// inner ring counter-clockwise), for SVG `fill-rule="evenodd"`-free filling.
    pub fn band(&self, ranges: &[Option<(f64, f64)>]) -> Vec<Point> {
        let n = ranges.len();
        let outer = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| self.point(i, n, r.map(|r| r.1).unwrap_or(0.0)));
        let inner: Vec<Point> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| self.point(i, n, r.map(|r| r.0).unwrap_or(0.0)))
            .collect();
        let mut pts: Vec<Point> = outer.collect();
        if let Some(first_outer) = pts.first().copied() {
            pts.push(first_outer);
            pts.extend(inner.iter().rev().copied());
            if let Some(last_inner) = inner.last().copied() {
                pts.push(last_inner);
            }
        }
        pts
    }

    /// A label anchor a little outside the outer ring on axis `i` of `n`, with the SVG
    /// `text-anchor` that keeps the text away from the chart.
    pub fn label(&self, i: usize, n: usize, gap: f64) -> (Point, &'static str) {
        let (s, cos) = sin_cos(Self::angle(i, n));
        let r = self.radius + gap;
        let p = Point {
            x: self.cx + r * s,
            y: self.cy - r * cos,
        };
        let anchor = if s > 0.2 {
            "start"
        } else if s < -0.2 {
            "end"
        } else {
            "middle"
        };
        (p, anchor)
    }
}

/// Formats points for an SVG `points` attribute, rounded to 0.1 unit.
pub fn svg_points(points: &[Point]) -> String {
    let mut s = String::with_capacity(points.len() * 12);
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        super::fixed::push_fixed(&mut s, p.x, 1, false);
        s.push(',');
        super::fixed::push_fixed(&mut s, p.y, 1, false);
    }
    s
}

/// Splits an axis label into lines of at most `max` characters at spaces (a single
/// longer word stays whole), at most three lines.
pub fn wrap_label(label: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > 3 {
        let rest = lines.split_off(2).join(" ");
        lines.push(rest);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_skip_missing_axes_and_wrap_around() {
        assert_eq!(Frame::runs(&[true; 4]), vec![vec![0, 1, 2, 3]]);
        assert_eq!(Frame::runs(&[]), Vec::<Vec<usize>>::new());
        assert_eq!(Frame::runs(&[false, false]), Vec::<Vec<usize>>::new());
        // One suppressed aspect of eight: one open run around the gap.
        let mut p = [true; 8];
        p[3] = false;
        assert_eq!(Frame::runs(&p), vec![vec![4, 5, 6, 7, 0, 1, 2]]);
        // Two gaps: two runs, one wrapping from the last axis to the first.
        assert_eq!(
            Frame::runs(&[true, false, true, true, false, true]),
            vec![vec![2, 3], vec![5, 0]]
        );
        assert_eq!(Frame::runs(&[false, true, false]), vec![vec![1]]);
    }

    const F: Frame = Frame {
        cx: 100.0,
        cy: 100.0,
        radius: 80.0,
    };

    fn close(a: Point, x: f64, y: f64) -> bool {
        (a.x - x).abs() < 1e-9 && (a.y - y).abs() < 1e-9
    }

    #[test]
    fn axes_by_hand() {
        // 4 axes: up, right, down, left.
        assert!(close(F.point(0, 4, 100.0), 100.0, 20.0));
        assert!(close(F.point(1, 4, 100.0), 180.0, 100.0));
        assert!(close(F.point(2, 4, 50.0), 100.0, 140.0));
        assert!(close(F.point(3, 4, 25.0), 80.0, 100.0));
        // 8 axes: axis 1 at 45°.
        let h = 80.0 / 2f64.sqrt();
        assert!(close(F.point(1, 8, 100.0), 100.0 + h, 100.0 - h));
    }

    #[test]
    fn scores_are_clamped_and_nan_is_centre() {
        assert!(close(F.point(0, 8, 150.0), 100.0, 20.0));
        assert!(close(F.point(0, 8, -5.0), 100.0, 100.0));
        assert!(close(F.point(0, 8, f64::NAN), 100.0, 100.0));
    }

    #[test]
    fn svg_points_format() {
        let p = F.polygon(&[Some(100.0), Some(100.0), None, Some(25.0)]);
        assert_eq!(
            svg_points(&p),
            "100.0,20.0 180.0,100.0 100.0,100.0 80.0,100.0"
        );
    }

    #[test]
    fn band_has_both_rings() {
        let b = F.band(&[Some((0.0, 100.0)); 4]);
        assert_eq!(b.len(), 4 + 1 + 4 + 1);
        assert!(close(b[0], 100.0, 20.0));
        assert!(close(b[5], 100.0, 100.0));
    }

    #[test]
    fn wrap_labels() {
        assert_eq!(wrap_label("Autonomy", 16), vec!["Autonomy"]);
        assert_eq!(
            wrap_label("Transparency & developing others", 16),
            vec!["Transparency &", "developing", "others"]
        );
        assert_eq!(
            wrap_label("Voice & psychological safety", 16),
            vec!["Voice &", "psychological", "safety"]
        );
        assert_eq!(wrap_label("a b c d e f g h", 1).len(), 3);
        assert!(wrap_label("", 10).is_empty());
    }

    #[test]
    fn label_anchor_sides() {
        assert_eq!(F.label(0, 8, 10.0).1, "middle");
        assert_eq!(F.label(2, 8, 10.0).1, "start");
        assert_eq!(F.label(6, 8, 10.0).1, "end");
    }
}
