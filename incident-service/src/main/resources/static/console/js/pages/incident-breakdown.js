// The live view's progress tables: by call-tree level, by site and by channel. Each table and row
// keeps its DOM across updates (only the numbers change), with stable hooks for tests:
// [data-breakdown=level|site|channel] tr[data-key=...] td[data-cell=targeted|sent|...].
import { el } from '../dom.js';

export const COLUMNS = [
  ['targeted', 'Targeted'], ['sent', 'Sent'], ['delivered', 'Delivered'], ['failed', 'Failed'], ['answered', 'Answered'],
  ['safe', 'Safe'], ['needHelp', 'Need help'], ['atAlternateSite', 'At alternate site'], ['noAnswer', 'No answer'],
  ['unreachable', 'Unreachable'],
];

const TABLES = [
  ['level', 'byLevel', 'By call-tree level', 'Level'],
  ['site', 'bySite', 'By site', 'Site'],
  ['channel', 'byChannel', 'By channel (answers: of the people tried on it)', 'Channel'],
];

/** The three tables; returns { node, update(summary) }. */
export function breakdowns() {
  const parts = TABLES.map(([kind, member, title, first]) => ({ member, ...breakdownTable(kind, title, first) }));
  return {
    node: el('div', { class: 'breakdowns' }, parts.map((p) => p.node)),
    update(summary) { for (const p of parts) p.update(summary[p.member] ?? []); },
  };
}

function breakdownTable(kind, title, first) {
  const body = el('tbody');
  const empty = el('p', { class: 'hint', text: 'Nothing yet.' });
  const headingId = `breakdown-${kind}`;
  const wrap = el('div', { class: 'scroll', hidden: true }, el('table', { 'data-breakdown': kind },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: first }),
      COLUMNS.map(([, label]) => el('th', { scope: 'col', text: label })))),
    body));
  const node = el('section', { class: 'breakdown', 'aria-labelledby': headingId },
    el('h2', { id: headingId, text: title }), empty, wrap);
  const rows = new Map();
  function update(list) {
    empty.hidden = list.length > 0;
    wrap.hidden = list.length === 0;
    const keys = new Set(list.map((r) => r.key));
    for (const [key, tr] of rows) if (!keys.has(key)) { tr.remove(); rows.delete(key); }
    for (const row of list) {
      let tr = rows.get(row.key);
      if (!tr) {
        tr = el('tr', { 'data-key': row.key }, el('th', { scope: 'row', text: row.label }),
          COLUMNS.map(([cell]) => el('td', { 'data-cell': cell, text: '0' })));
        rows.set(row.key, tr);
      }
      for (const [cell] of COLUMNS) tr.querySelector(`[data-cell=${cell}]`).textContent = String(row.counts[cell] ?? 0);
      body.append(tr); // keeps the server's order
    }
  }
  return { node, update };
}
