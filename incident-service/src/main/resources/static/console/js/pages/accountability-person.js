import { get, post } from '../api.js';
import { el, field, localTime, showError, showInfo } from '../dom.js';
import { ANSWERS, stateBadge, stateLabel } from './accountability-counts.js';

// One person's details on the board: every answer about them and, for HR and the commander, the
// update on their behalf (the comment says how the operator knows).
export function personPanel({ base, person, sites, writer, onSaved }) {
  const history = el('div', { 'aria-live': 'polite' }, el('p', { class: 'hint', text: 'Loading the history…' }));
  const node = el('section', { id: `acc-panel-${person.personId}`, class: 'acc-panel', 'data-acc-panel': person.employeeId,
    'aria-label': `${person.name}: history${writer ? ' and update' : ''}` },
  el('h3', { text: `History of ${person.name}` }), history,
  writer ? onBehalfForm(base, person, sites, saved) : null);
  async function reload() {
    try {
      const result = await get(`${base}/accountability/${encodeURIComponent(person.personId)}/history`);
      history.replaceChildren(historyList(result.answers));
    } catch (e) { showError(e); }
  }
  async function saved(row) {
    showInfo(`${row.name} is now “${stateLabel(row.state)}” (set on their behalf).`);
    await onSaved();
  }
  reload();
  return { node, reload, personId: person.personId };
}

function historyList(answers) {
  if (answers.length === 0) return el('p', { class: 'hint', text: 'No answer yet.' });
  return el('ol', { class: 'acc-history', 'data-acc-history': '' }, answers.map((a) => el('li', { 'data-answer': a.state, 'data-source': a.source },
    stateBadge(a.state), a.late ? el('span', { class: 'badge acc-late', text: 'Late' }) : null,
    a.site || a.location ? ` at ${a.site ?? a.location}` : null,
    el('div', { class: 'hint' }, `${localTime(a.answeredAt)} · ${a.channel} · ${sourceText(a)}`),
    a.comment ? el('div', { class: 'acc-comment', 'data-acc-comment': '' }, `“${a.comment}”`) : null)));
}

function sourceText(answer) {
  if (answer.source === 'OPERATOR') return `set on their behalf by ${answer.by}`;
  if (answer.source === 'HOTLINE') return 'by the hotline';
  return 'by the person';
}

function onBehalfForm(base, person, sites, saved) {
  const state = el('select', { name: 'state', required: true }, ANSWERS.map(([key, label]) => el('option', { value: key, text: label })));
  const site = el('select', { name: 'siteId' },
    el('option', { value: '', text: person.alternateSite ? `Their alternate site (${person.alternateSite})` : 'Their alternate site (none set)' }),
    sites.map((s) => el('option', { value: s.id, text: s.name })));
  const siteField = field('Alternate site', site, 'where they report');
  const comment = el('textarea', { name: 'comment', required: true, maxlength: '1000', rows: '3' });
  const submit = el('button', { type: 'submit', class: 'primary', text: 'Save update' });
  const showSite = () => { siteField.hidden = state.value !== 'AT_ALTERNATE_SITE'; };
  state.addEventListener('change', showSite);
  showSite();
  return el('form', { class: 'acc-on-behalf', 'data-on-behalf': person.employeeId, onsubmit: async (e) => {
    e.preventDefault();
    if (!comment.value.trim()) { showError('A comment is required: say how you know.'); comment.focus(); return; }
    const body = { state: state.value, comment: comment.value.trim() };
    if (state.value === 'AT_ALTERNATE_SITE' && site.value) body.siteId = site.value;
    submit.disabled = true;
    let row;
    try {
      row = await post(`${base}/accountability/${encodeURIComponent(person.personId)}`, body);
      comment.value = '';
    } catch (err) { showError(err); return; } finally { submit.disabled = false; }
    await saved(row);
  } },
  el('fieldset', {}, el('legend', { text: `Update ${person.name} on their behalf` }),
    el('div', { class: 'grid2' }, field('New state', state), siteField),
    field('Comment', comment, 'required: how you know, e.g. “called her, she is at the assembly point”'),
    submit));
}
