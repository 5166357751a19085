// The live view's curve: people reached and answered over time since the declaration, as an inline SVG
// drawn here (no library), with the targets as lines and the same figures in words beside it. It reads
// GET /api/incidents/{id}/progress at once and again on live updates, at most once every THROTTLE_MS.
// Test hooks: svg[data-curve] polyline[data-line=reached|answered], [data-curve-summary], select[data-curve-series].
// The geometry matches the after-action file's (CurveDrawing.java).
import { get } from '../api.js';
import { el, showError } from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640, HEIGHT = 260, LEFT = 48, RIGHT = 624, TOP = 16, BOTTOM = 224;
const THROTTLE_MS = 2000;

/** The chart of incident id; returns { node, update() } (update is throttled). */
export function curve(id) {
  const choice = el('select', { 'data-curve-series': '', 'aria-label': 'Whose curve' });
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': 'curve-summary',
    'data-curve': '', class: 'curve' });
  const summary = el('p', { id: 'curve-summary', 'data-curve-summary': '', 'aria-live': 'polite', text: 'Loading…' });
  const node = el('section', { class: 'curve-card', 'aria-labelledby': 'curve-title' },
    el('h2', { id: 'curve-title', text: 'Reached and answered over time' }),
    el('label', {}, 'Show ', choice), summary, svg,
    el('p', { class: 'hint', text: 'Dashed: reached · solid: answered · red: answered target · grey: reach target' }));
  let last = null;
  choice.addEventListener('change', () => { if (last) draw(last); });

  async function load() {
    try {
      last = await get(`/api/incidents/${encodeURIComponent(id)}/progress`);
      options(last);
      draw(last);
    } catch (e) { showError(e); }
  }
  function options(data) {
    const groups = [['', [data.overall]], ['By channel', data.byChannel], ['By level', data.byLevel]];
    const keys = groups.flatMap(([group, list]) => list.map((s) => `${group}|${s.key}`));
    if (keys.join() === choice.dataset.keys) return;
    const selected = choice.value;
    choice.replaceChildren(...groups.filter(([, list]) => list.length > 0).map(([group, list]) => {
      const items = list.map((s) => el('option', { value: `${group}|${s.key}`, text: s.label }));
      return group ? el('optgroup', { label: group }, items) : items;
    }).flat());
    choice.dataset.keys = keys.join();
    if (keys.includes(selected)) choice.value = selected;
  }
  function draw(data) {
    const [group, key] = choice.value.split('|');
    const list = group === 'By channel' ? data.byChannel : group === 'By level' ? data.byLevel : [data.overall];
    const series = list.find((s) => s.key === key) ?? data.overall;
    summary.textContent = describe(data, series);
    svg.replaceChildren(...chart(data, series));
  }
  return { node, update: throttle(load, THROTTLE_MS) };
}

/** For example "62 % answered and 80 % reached after 4 min (5 people); target 90 % answered". */
export function describe(data, series) {
  const pct = (line) => (series.people === 0 ? 0 : Math.floor((100 * line.at(-1)) / series.people));
  return `${pct(series.answered)} % answered and ${pct(series.reached)} % reached after `
    + `${duration(data.secondsAfter.at(-1))} (${series.people} ${series.people === 1 ? 'person' : 'people'}); `
    + `target ${data.targets.answeredPercent} % answered`;
}

function chart(data, series) {
  const span = Math.max(1, data.secondsAfter.at(-1));
  const x = (s) => round(LEFT + ((RIGHT - LEFT) * s) / span);
  const y = (p) => round(BOTTOM - ((BOTTOM - TOP) * p) / 100);
  const points = (counts) => data.secondsAfter.map((s, i) =>
    `${x(s).toFixed(1)},${y(series.people === 0 ? 0 : (100 * counts[i]) / series.people).toFixed(1)}`).join(' ');
  const parts = [];
  for (const p of [0, 25, 50, 75, 100]) {
    parts.push(svgEl('line', { x1: LEFT, x2: RIGHT, y1: y(p), y2: y(p), class: 'grid' }),
      svgEl('text', { x: LEFT - 6, y: y(p) + 4, 'text-anchor': 'end', text: `${p} %` }));
  }
  for (let i = 0; i <= 4; i += 1) {
    parts.push(svgEl('text', { x: x((span * i) / 4), y: BOTTOM + 18, 'text-anchor': 'middle', text: duration((span * i) / 4) }));
  }
  parts.push(
    svgEl('line', { x1: LEFT, x2: RIGHT, y1: y(data.targets.reachedPercent), y2: y(data.targets.reachedPercent),
      class: 'target-reached', 'data-target': 'reached' }),
    svgEl('line', { x1: LEFT, x2: RIGHT, y1: y(data.targets.answeredPercent), y2: y(data.targets.answeredPercent),
      class: 'target-answered', 'data-target': 'answered' }),
    svgEl('polyline', { points: points(series.reached), class: 'reached', 'data-line': 'reached' }),
    svgEl('polyline', { points: points(series.answered), class: 'answered', 'data-line': 'answered' }));
  return parts;
}

function duration(seconds) {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function round(value) { return Math.round(value * 10) / 10; }

function svgEl(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') node.textContent = value; else node.setAttribute(key, value);
  }
  return node;
}

/** Runs fn at once, then at most once per ms: calls in between are folded into one trailing call. */
function throttle(fn, ms) {
  let running = false, again = false;
  return function call() {
    if (running) { again = true; return; }
    running = true;
    Promise.resolve(fn()).finally(() => setTimeout(() => {
      running = false;
      if (again) { again = false; call(); }
    }, ms));
  };
}
