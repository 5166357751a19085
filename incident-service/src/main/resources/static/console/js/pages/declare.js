import { get, post } from '../api.js';
import { el, page, field, table, showError, localTime } from '../dom.js';
import { messagePreview, segmentLine } from './declare-preview.js';

// Declare in under a minute: the fields a commander needs, a preview of who is reached when,
// the SMS cost of the message (counted by the service's preview), and a second, explicit step for
// a life-safety alert.
export async function declarePage(args, { go }) {
  const [sites, roles, trees, types] = await Promise.all(
    [get('/api/sites'), get('/api/roles'), get('/api/call-trees'), get('/api/incident-types')]);
  const f = inputs(sites, roles, trees, types);
  const preview = el('div', { 'aria-live': 'polite' });
  const wording = messagePreview((previews) => {
    const line = `${f.message.value.trim().length} characters. ${segmentLine(previews)}`;
    if (f.cost.textContent !== line) f.cost.textContent = line; // unchanged: nothing re-announced
  });
  let pending = null;
  const previewSoon = () => {
    clearTimeout(pending);
    if (!f.title.value.trim() || !f.message.value.trim()) f.cost.textContent = COST_HINT;
    pending = setTimeout(() => wording.refresh(declaration(f)), 400);
  };
  const confirm = el('div');
  const form = el('form', { onsubmit: (e) => { e.preventDefault(); review(); } },
    el('div', { class: 'grid2' },
      el('div', {}, field('Incident type', f.type), field('Title', f.title), field('Message', f.message), f.cost,
        field('Severity', f.severity), field('Priority', f.priority),
        el('label', { class: 'check' }, f.exercise, 'This is an exercise (every message says so)'),
        el('label', { class: 'check' }, f.bridge, 'Invite them to the crisis bridge (press 8 on the call or the hotline)')),
      el('div', {}, field('Call tree', f.tree, 'optional'),
        el('fieldset', {}, el('legend', { text: 'Affected sites' }), f.siteBoxes,
          el('label', { class: 'check' }, f.rollCall, 'Roll call: ask everyone at these sites if they are safe')),
        field('Also notify roles', f.roles, 'hold Ctrl to pick several'),
        field('Also notify employee ids', f.employees, 'comma-separated'))),
    el('button', { type: 'button', class: 'secondary', onclick: dryRun, text: 'Preview who is reached' }),
    el('button', { type: 'button', class: 'secondary', 'data-action': 'preview-message',
      onclick: () => wording.refresh(declaration(f)), text: 'Preview the message per language' }),
    el('button', { type: 'submit', class: 'primary', text: 'Declare' }),
    preview, confirm, wording.node);
  form.addEventListener('input', previewSoon);
  form.addEventListener('change', previewSoon);
  page('Declare an incident', form);
  f.title.focus();

  async function dryRun() {
    if (!f.tree.value) {
      preview.replaceChildren(el('p', { text: 'Choose a call tree to preview its levels and timing.' }));
      return;
    }
    try {
      const entries = await post(`/api/call-trees/${f.tree.value}/dry-run`,
        { affectedSiteIds: checkedSites(f), priority: f.priority.value });
      preview.replaceChildren(el('h2', { text: `Who is reached when (${entries.length} steps if nobody answers)` }),
        table(['At', 'Level', 'Person', 'Channel', 'Why'], entries.slice(0, 200).map((e) =>
          [localTime(e.at), e.level, `${e.name} (${e.employeeId})`, e.channel, e.purpose])));
    } catch (e) { showError(e); }
  }

  function review() {
    const body = declaration(f);
    if (body.priority !== 'LIFE_SAFETY') return declare(body);
    confirm.replaceChildren(el('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-title' },
      el('h2', { id: 'confirm-title', text: 'Send a life-safety alert?' }),
      el('p', { text: 'It overrides quiet hours and goes out at once on every channel.' }),
      el('button', { type: 'button', class: 'danger', onclick: () => declare(body), text: 'Yes, send the life-safety alert' }),
      el('button', { type: 'button', class: 'secondary', onclick: () => confirm.replaceChildren(), text: 'Cancel' })));
    confirm.querySelector('button').focus();
  }

  async function declare(body) {
    try {
      const created = await post('/api/incidents', body);
      go(`incidents/${created.id}`);
    } catch (e) { showError(e); }
  }
}

function inputs(sites, roles, trees, types) {
  const f = {
    type: select((types.content ?? types).map((t) => [t.code, t.name]), 'GENERAL'),
    title: el('input', { type: 'text', maxlength: 120, required: true }),
    message: el('textarea', { maxlength: 1000, required: true }),
    cost: el('p', { class: 'hint', 'aria-live': 'polite', 'data-field': 'sms-cost' }),
    severity: select(['LOW', 'MODERATE', 'HIGH', 'CRITICAL'].map((s) => [s, s]), 'HIGH'),
    priority: select([['NORMAL', 'Informational'], ['LIFE_SAFETY', 'Life safety']], 'NORMAL'),
    exercise: el('input', { type: 'checkbox' }),
    bridge: el('input', { type: 'checkbox', name: 'bridge' }),
    tree: select([['', '(none)'], ...trees.map((t) => [t.id, t.name])], ''),
    rollCall: el('input', { type: 'checkbox' }),
    roles: el('select', { multiple: true, size: Math.min(6, Math.max(2, roles.length)) },
      roles.map((r) => el('option', { value: r.name ?? r, text: r.name ?? r }))),
    employees: el('input', { type: 'text' }),
  };
  f.siteBoxes = (sites.content ?? sites).map((s) =>
    el('label', { class: 'check' }, el('input', { type: 'checkbox', value: s.id, name: 'site' }), s.name));
  f.cost.textContent = COST_HINT;
  return f;
}

const COST_HINT = 'Write a title and a message to see how many SMS segments each language takes.';

function select(options, selected) {
  return el('select', {}, options.map(([value, text]) =>
    el('option', { value, text, selected: value === selected })));
}

function checkedSites(f) {
  return f.siteBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
}

function declaration(f) {
  const employeeIds = f.employees.value.split(',').map((s) => s.trim()).filter(Boolean);
  const roles = [...f.roles.selectedOptions].map((o) => o.value);
  const body = {
    title: f.title.value.trim(), message: f.message.value.trim(), severity: f.severity.value,
    priority: f.priority.value, exercise: f.exercise.checked, affectedSiteIds: checkedSites(f),
    rollCall: f.rollCall.checked, incidentType: f.type.value || undefined,
  };
  if (f.bridge.checked) body.bridge = true;
  if (f.tree.value) body.callTreeId = f.tree.value;
  if (employeeIds.length || roles.length) body.notify = { employeeIds, roles };
  return body;
}
