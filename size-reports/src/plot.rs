//! Small hand-written SVG charts: no fonts or rendering backend needed, since text is
//! emitted as `<text>` elements the viewer lays out.

use std::fmt::Write as _;

const W: f64 = 760.0;
const H: f64 = 440.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 170.0;
const TOP: f64 = 50.0;
const BOTTOM: f64 = 70.0;

/// Series colours, in order (fast, small, inline, thin, boxed, ...).
pub const COLORS: [&str; 8] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f",
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Round tick values covering `0..=max`.
pub fn ticks(max: f64) -> Vec<f64> {
    if max <= 0.0 || !max.is_finite() {
        return vec![0.0, 1.0];
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| raw <= *s)
        .unwrap_or(10.0 * mag);
    let mut out = Vec::new();
    let mut v = 0.0;
    while v < max + step * 0.999 {
        out.push(v);
        v += step;
    }
    out
}

fn fmt_num(v: f64) -> String {
    if v.abs() >= 10_000.0 {
        format!("{:.0}k", v / 1000.0)
    } else if v.fract().abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

fn header(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" \
         font-family=\"sans-serif\" font-size=\"12\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"{}\" y=\"28\" text-anchor=\"middle\" font-size=\"16\">{}</text>\n",
        W / 2.0,
        esc(title)
    );
}

fn legend(out: &mut String, names: &[&str]) {
    let x = W - RIGHT + 20.0;
    for (i, name) in names.iter().enumerate() {
        let y = TOP + 10.0 + 20.0 * i as f64;
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{y}\">{}</text>",
            y - 9.0,
            COLORS[i % COLORS.len()],
            x + 20.0,
            esc(name)
        );
    }
}

fn axis_labels(out: &mut String, x_label: &str, y_label: &str) {
    let pw = W - LEFT - RIGHT;
    let ph = H - TOP - BOTTOM;
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n\
         <text transform=\"translate(18 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
        LEFT + pw / 2.0,
        H - 20.0,
        esc(x_label),
        TOP + ph / 2.0,
        esc(y_label)
    );
}

/// A line chart: one polyline with markers per series, linear axes from 0.
pub fn line_chart(
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[(String, Vec<(f64, f64)>)],
) -> String {
    let mut out = String::new();
    header(&mut out, title);
    let pw = W - LEFT - RIGHT;
    let ph = H - TOP - BOTTOM;
    let pts = series.iter().flat_map(|s| s.1.iter());
    let x_max = pts.clone().map(|p| p.0).fold(0.0, f64::max);
    let y_max = pts.map(|p| p.1).fold(0.0, f64::max);
    let xt = ticks(x_max);
    let yt = ticks(y_max);
    let x_top = *xt.last().unwrap_or(&1.0);
    let y_top = *yt.last().unwrap_or(&1.0);
    let sx = |x: f64| LEFT + x / x_top * pw;
    let sy = |y: f64| TOP + ph - y / y_top * ph;
    for &t in &yt {
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            LEFT + pw,
            LEFT - 6.0,
            sy(t) + 4.0,
            fmt_num(t),
            y = sy(t)
        );
    }
    for &t in &xt {
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"#333\"/>\
             <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            TOP + ph,
            TOP + ph + 5.0,
            TOP + ph + 20.0,
            fmt_num(t),
            x = sx(t)
        );
    }
    let _ = writeln!(
        out,
        "<path d=\"M{LEFT} {TOP}V{}H{}\" fill=\"none\" stroke=\"#333\"/>",
        TOP + ph,
        LEFT + pw
    );
    for (i, (_, pts)) in series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let d: Vec<String> = pts
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", sx(x), sy(y)))
            .collect();
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>",
            d.join(" ")
        );
        for &(x, y) in pts {
            let _ = writeln!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{color}\"/>",
                sx(x),
                sy(y)
            );
        }
    }
    axis_labels(&mut out, x_label, y_label);
    let names: Vec<&str> = series.iter().map(|s| s.0.as_str()).collect();
    legend(&mut out, &names);
    out.push_str("</svg>\n");
    out
}

/// A grouped bar chart on a log2 value axis, with a reference line at 1.
/// `groups` are (label, values per series); `series` names the bars in each group.
pub fn ratio_bars(
    title: &str,
    y_label: &str,
    series: &[String],
    groups: &[(String, Vec<Option<f64>>)],
) -> String {
    let mut out = String::new();
    header(&mut out, title);
    let pw = W - LEFT - RIGHT;
    let ph = H - TOP - BOTTOM;
    let values = groups.iter().flat_map(|g| g.1.iter().flatten().copied());
    let lo = values
        .clone()
        .fold(1.0f64, f64::min)
        .log2()
        .floor()
        .min(-1.0);
    let hi = values.fold(1.0f64, f64::max).log2().ceil().max(1.0);
    let sy = |v: f64| TOP + ph - (v.log2() - lo) / (hi - lo) * ph;
    let mut e = lo;
    while e <= hi {
        let v = 2f64.powf(e);
        let label = if v >= 1.0 {
            format!("{v:.0}×")
        } else {
            format!("1/{:.0}", 1.0 / v)
        };
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{}\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{label}</text>",
            LEFT + pw,
            if e == 0.0 { "#333" } else { "#ddd" },
            LEFT - 6.0,
            sy(v) + 4.0,
            y = sy(v)
        );
        e += 1.0;
    }
    let slot = pw / groups.len().max(1) as f64;
    let bar = (slot * 0.8 / series.len().max(1) as f64).min(28.0);
    let base = sy(1.0);
    for (gi, (label, vals)) in groups.iter().enumerate() {
        let x0 = LEFT + slot * gi as f64 + (slot - bar * series.len() as f64) / 2.0;
        for (si, v) in vals.iter().enumerate() {
            let Some(v) = v else { continue };
            let y = sy(*v);
            let _ = writeln!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\">\
                 <title>{}: {:.2}×</title></rect>",
                x0 + bar * si as f64,
                y.min(base),
                bar,
                (y - base).abs().max(0.5),
                COLORS[(si + 1) % COLORS.len()],
                esc(&series[si]),
                v
            );
        }
        let cx = LEFT + slot * (gi as f64 + 0.5);
        let _ = writeln!(
            out,
            "<text transform=\"translate({cx:.1} {}) rotate(-30)\" text-anchor=\"end\">{}</text>",
            TOP + ph + 14.0,
            esc(label)
        );
    }
    let _ = writeln!(
        out,
        "<path d=\"M{LEFT} {TOP}V{}\" fill=\"none\" stroke=\"#333\"/>",
        TOP + ph
    );
    let _ = writeln!(
        out,
        "<text transform=\"translate(18 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
        TOP + ph / 2.0,
        esc(y_label)
    );
    // Legend: bars use colours from index 1, since fast (index 0) is the reference line.
    let x = W - RIGHT + 20.0;
    for (i, name) in series.iter().enumerate() {
        let y = TOP + 10.0 + 20.0 * i as f64;
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{y}\">{}</text>",
            y - 9.0,
            COLORS[(i + 1) % COLORS.len()],
            x + 20.0,
            esc(name)
        );
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(ticks(32.0), [0.0, 10.0, 20.0, 30.0, 40.0]);
        let t = ticks(7901.0);
        assert!(*t.last().unwrap() >= 7901.0);
        assert_eq!(t[1], 2000.0);
    }

    #[test]
    fn line_chart_has_series_legend_and_labels() {
        let svg = line_chart(
            "t <1>",
            "element types",
            "lines",
            &[
                ("fast".into(), vec![(1.0, 10.0), (32.0, 300.0)]),
                ("small".into(), vec![(1.0, 10.0), (32.0, 20.0)]),
            ],
        );
        assert!(svg.starts_with("<svg"));
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains(">small</text>"));
        assert!(svg.contains("t &lt;1&gt;"));
        assert!(svg.contains(">element types</text>"));
    }

    #[test]
    fn bars_skip_missing_values() {
        let svg = ratio_bars(
            "r",
            "ratio",
            &["small".into(), "boxed".into()],
            &[("vec/push".into(), vec![Some(1.5), None])],
        );
        assert_eq!(svg.matches("<title>").count(), 1);
    }
}
