import { el } from '../dom.js';

// The board's counts: by state (each tile filters the people list), where people report, by home site.
export const STATES = [
  ['SAFE', 'Safe', 'safe'], ['NEEDS_HELP', 'Needs help', 'help'], ['AT_ALTERNATE_SITE', 'At alternate site', ''],
  ['NO_RESPONSE', 'No response', 'none'], ['UNREACHABLE', 'Unreachable', 'help'],
];
export const ANSWERS = STATES.slice(0, 3);

export function stateLabel(state) {
  return (STATES.find(([key]) => key === state) ?? [state, state])[1];
}

export function stateBadge(state) {
  return el('span', { class: `acc-state acc-${state.toLowerCase().replaceAll('_', '-')}`, text: stateLabel(state) });
}

/** Tiles with the count per state; a tile toggles the people list's state filter. */
export function stateTiles(summary, activeState, onPick) {
  return el('div', { class: 'counts acc-counts', 'aria-label': 'People by state' },
    el('div', { class: 'count' }, el('span', { class: 'n', 'data-acc-count': 'TOTAL', text: String(summary.total) }), 'Everyone'),
    STATES.map(([key, label, tone]) => el('button', {
      type: 'button', class: `count ${tone}`, 'aria-pressed': String(activeState === key),
      title: `Show only: ${label}`, onclick: () => onPick(activeState === key ? '' : key),
    }, el('span', { class: 'n', 'data-acc-count': key, text: String(summary.byState[key] ?? 0) }), label)));
}

/** Where the people at an alternate site report, and the counts per home site. */
export function siteTables(summary) {
  const reporting = summary.reportingAt ?? [];
  return el('div', { class: 'acc-site-grid' },
    el('section', { 'aria-labelledby': 'acc-reporting' },
      el('h2', { id: 'acc-reporting', text: 'Reporting at alternate sites' }),
      reporting.length === 0 ? el('p', { class: 'hint', text: 'Nobody reports at an alternate site.' })
        : el('ul', { class: 'acc-reporting' }, reporting.map((r) => el('li', { 'data-acc-reporting': r.siteId ?? '' },
          el('strong', { text: String(r.count) }), ` at ${r.site ?? 'an unnamed site'}`)))),
    el('section', { 'aria-labelledby': 'acc-by-site' },
      el('h2', { id: 'acc-by-site', text: 'By home site' }),
      el('div', { class: 'scroll' }, el('table', { class: 'acc-sites' },
        el('thead', {}, el('tr', {}, ['Site', 'All', ...STATES.map(([, label]) => label)].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, (summary.bySite ?? []).map((s) => el('tr', { 'data-acc-site': s.siteId ?? '' },
          el('th', { scope: 'row', text: s.site ?? 'No site' }), el('td', { text: String(s.total) }),
          STATES.map(([key]) => el('td', { text: String(s.byState[key] ?? 0) })))))))));
}
