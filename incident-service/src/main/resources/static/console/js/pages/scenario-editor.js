import { get, post, put } from '../api.js';
import { el, page, field, showError } from '../dom.js';

// Writes a scenario (a save is a new version, to be approved before a launch sends it). The first
// language is the one a launch sends; {site}, {time} and {date} are filled at launch.
export async function scenarioEditor(id, { go }) {
  const [sites, roles, trees, types, current] = await Promise.all([get('/api/sites'), get('/api/roles'),
    get('/api/call-trees'), get('/api/incident-types'), id ? get(`/api/scenarios/${id}`) : null]);
  const d = current?.definition;
  const f = {
    name: el('input', { type: 'text', maxlength: 120, required: true, 'data-field': 'name', value: d?.name ?? '' }),
    severity: select(['LOW', 'MODERATE', 'HIGH', 'CRITICAL'].map((s) => [s, s]), d?.severity ?? 'HIGH'),
    priority: select([['NORMAL', 'Informational'], ['LIFE_SAFETY', 'Life safety']], d?.priority ?? 'NORMAL'),
    type: select((types.content ?? types).map((t) => [t.code, t.name]), d?.incidentType ?? 'GENERAL'),
    tree: select([['', '(none)'], ...trees.map((t) => [t.id, t.name])], d?.audience.callTreeId ?? ''),
    roles: el('select', { multiple: true, 'data-field': 'roles', size: Math.min(6, Math.max(2, roles.length)) },
      roles.map((r) => el('option', { value: r.name ?? r, text: r.name ?? r,
        selected: (d?.audience.roles ?? []).includes(r.name ?? r) }))),
    employees: el('input', { type: 'text', value: (d?.audience.employeeIds ?? []).join(', ') }),
    rollCall: el('input', { type: 'checkbox', checked: d?.rollCall ?? false }),
    statusUpdate: el('textarea', { maxlength: 2000, 'data-field': 'status-update', text: d?.statusUpdate ?? '' }),
    headline: el('input', { type: 'text', maxlength: 200, value: d?.publicStatement?.headline ?? '' }),
    statement: el('textarea', { maxlength: 5000, text: d?.publicStatement?.texts[0]?.text ?? '' }),
  };
  const siteBoxes = (sites.content ?? sites).map((s) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', value: s.id, checked: (d?.audience.siteIds ?? []).includes(s.id) }), s.name));
  const texts = el('div', { 'data-field': 'texts' });
  (d?.texts ?? [{ language: 'en', subject: '', body: '' }]).forEach((t) => texts.append(textRow(t)));
  const form = el('form', { onsubmit: (e) => { e.preventDefault(); save(); } },
    el('div', { class: 'grid2' },
      el('div', {}, field('Name', f.name),
        el('fieldset', {}, el('legend', { text: 'Message per language (the first is sent; use {site}, {time}, {date})' }), texts,
          el('button', { type: 'button', class: 'secondary', onclick: () => texts.append(textRow({ language: '', subject: '', body: '' })),
            text: 'Add a language' })),
        field('Severity', f.severity), field('Priority', f.priority), field('Incident type', f.type)),
      el('div', {}, field('Call tree', f.tree, 'optional'), field('Notify roles', f.roles, 'hold Ctrl to pick several'),
        field('Notify employee ids', f.employees, 'comma-separated'),
        el('fieldset', {}, el('legend', { text: 'Sites a launch names by default' }), siteBoxes,
          el('label', { class: 'check' }, f.rollCall, 'Roll call: ask everyone at the sites if they are safe')),
        field('Internal status update posted at launch', f.statusUpdate, 'optional'),
        field('Draft public statement: headline', f.headline, 'optional'),
        field('Draft public statement: text (first language)', f.statement))),
    el('button', { type: 'submit', class: 'primary', 'data-action': 'save-scenario', text: id ? 'Save as a new version' : 'Create' }),
    el('button', { type: 'button', class: 'secondary', onclick: () => go('scenarios'), text: 'Cancel' }));
  page(id ? `Edit ${current.name}` : 'New scenario', form);
  f.name.focus();

  async function save() {
    try {
      const body = definition(f, texts, siteBoxes);
      if (id) await put(`/api/scenarios/${id}`, body);
      else await post('/api/scenarios', body);
      go('scenarios');
    } catch (e) { showError(e); }
  }
}

function textRow(t) {
  return el('div', { class: 'scenario-text', 'data-language-row': '' },
    field('Language', el('input', { type: 'text', maxlength: 20, size: 6, 'data-field': 'language', value: t.language })),
    field('Subject', el('input', { type: 'text', maxlength: 120, 'data-field': 'subject', value: t.subject })),
    field('Body', el('textarea', { maxlength: 1000, 'data-field': 'body', text: t.body })));
}

function definition(f, texts, siteBoxes) {
  const value = (row, name) => row.querySelector(`[data-field=${name}]`).value.trim();
  const rows = [...texts.querySelectorAll('[data-language-row]')]
    .map((row) => ({ language: value(row, 'language'), subject: value(row, 'subject'), body: value(row, 'body') }))
    .filter((t) => t.language || t.subject || t.body);
  const body = {
    name: f.name.value.trim(), texts: rows, severity: f.severity.value, priority: f.priority.value,
    incidentType: f.type.value, rollCall: f.rollCall.checked, statusUpdate: f.statusUpdate.value.trim() || null,
    audience: {
      roles: [...f.roles.selectedOptions].map((o) => o.value),
      employeeIds: f.employees.value.split(',').map((s) => s.trim()).filter(Boolean),
      callTreeId: f.tree.value || null,
      siteIds: siteBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
    },
  };
  if (f.headline.value.trim() && f.statement.value.trim()) {
    body.publicStatement = { headline: f.headline.value.trim(),
      texts: [{ language: rows[0]?.language || 'en', text: f.statement.value.trim() }] };
  }
  return body;
}

function select(options, selected) {
  return el('select', {}, options.map(([value, text]) => el('option', { value, text, selected: value === selected })));
}
