import { s } from './dom.js';

const W = 420, H = 220, PAD = { left: 44, right: 12, top: 12, bottom: 34 };

function frame(title, xLabel, yLabel) {
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, class: 'chart' });
  svg.append(s('title', {}, title));
  svg.append(s('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: 'axis' }));
  svg.append(s('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: 'axis' }));
  svg.append(s('text', { x: (W + PAD.left) / 2, y: H - 4, 'text-anchor': 'middle', class: 'label' }, xLabel));
  svg.append(s('text', { x: 12, y: (H - PAD.bottom) / 2, transform: `rotate(-90 12 ${(H - PAD.bottom) / 2})`,
    'text-anchor': 'middle', class: 'label' }, yLabel));
  return svg;
}

const scale = (value, min, max, from, to) => from + ((value - min) / ((max - min) || 1)) * (to - from);

/** The survival curve of a durability report: probability that the peace holds at the end of each year. */
export function survivalChart(points, title, xLabel) {
  const svg = frame(title, xLabel, '%');
  const maxYear = Math.max(1, ...points.map((p) => p.year));
  const x = (year) => scale(year, 0, maxYear, PAD.left, W - PAD.right);
  const y = (p) => scale(p, 0, 1, H - PAD.bottom, PAD.top);
  [0, 0.5, 1].forEach((p) => svg.append(s('text', { x: PAD.left - 6, y: y(p) + 4, 'text-anchor': 'end', class: 'tick' },
    `${Math.round(p * 100)}`)));
  [0, Math.round(maxYear / 2), maxYear].forEach((yr) => svg.append(s('text', { x: x(yr), y: H - PAD.bottom + 14,
    'text-anchor': 'middle', class: 'tick' }, String(yr))));
  const path = [{ year: 0, probability: 1 }, ...points].map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.probability).toFixed(1)}`);
  svg.append(s('path', { d: path.join(' '), class: 'curve' }));
  return svg;
}

/** One dot per table: points on x, durability score on y. */
export function scatterChart(dots, title, xLabel, yLabel) {
  const svg = frame(title, xLabel, yLabel);
  const xs = dots.map((d) => d.x);
  const minX = Math.min(0, ...xs), maxX = Math.max(1, ...xs);
  const x = (v) => scale(v, minX, maxX, PAD.left + 8, W - PAD.right - 8);
  const y = (v) => scale(v, 0, 100, H - PAD.bottom, PAD.top);
  [0, 50, 100].forEach((v) => svg.append(s('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, String(v))));
  [minX, maxX].forEach((v) => svg.append(s('text', { x: x(v), y: H - PAD.bottom + 14, 'text-anchor': 'middle', class: 'tick' }, String(v))));
  dots.forEach((d) => {
    const g = s('g', { class: 'dot' }, s('title', {}, d.label));
    g.append(s('circle', { cx: x(d.x), cy: y(d.y), r: 7 }));
    g.append(s('text', { x: x(d.x), y: y(d.y) - 10, 'text-anchor': 'middle', class: 'tick' }, d.short));
    svg.append(g);
  });
  return svg;
}
