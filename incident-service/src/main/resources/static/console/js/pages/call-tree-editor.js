import { get, post, put, call } from '../api.js';
import { el, page } from '../dom.js';
import { checkedField, clearProblems, showProblem, confirmBox, minutesOf, isoMinutes, goAndTell } from './directory-forms.js';
import { levelCard } from './call-tree-level.js';
import { dryRunSection } from './call-tree-dry-run.js';

// The call-tree editor: a name, the time each person has per step, and ordered levels that can be
// added, removed and moved with labelled buttons. Saving is one POST or PUT; the API's errors
// (empty tree, unknown role, bad durations) appear next to the fields they name.
export async function callTreeEditor(id, { go }) {
  const [tree, roles, sites] = await Promise.all([
    id ? get(`/api/call-trees/${id}`) : Promise.resolve(null), get('/api/roles'), get('/api/sites')]);
  const roleNames = roles.map((r) => r.name);
  const name = el('input', { type: 'text', maxlength: 120, required: true, value: tree?.name ?? '' });
  const step = el('input', { type: 'number', min: 0, step: 'any', inputmode: 'decimal', value: tree ? minutesOf(tree.stepTimeout) : 2 });
  const levels = el('div', { class: 'levels', 'data-levels': '' });
  const levelsError = el('p', { class: 'field-error', id: 'levels-error', 'data-error-for': 'levels', hidden: true });
  const confirm = el('div', { 'aria-live': 'polite' });
  const cards = [];
  (tree?.levels ?? [{ roles: [], escalateAfter: 'PT10M', quorum: 1 }]).forEach(add);
  const form = el('form', { onsubmit: save, 'data-form': 'call-tree', class: 'admin call-tree-form' },
    el('div', { class: 'grid2' }, checkedField('Name', name, 'name'),
      checkedField('Minutes per step', step, 'stepTimeout', 'how long one person has before the next channel is tried')),
    el('h2', { text: 'Levels' }),
    el('p', { class: 'hint', text: 'Level 1 is called at once; each next level after the previous level\'s wait, unless its quorum answered.' }),
    levels, levelsError,
    el('button', { type: 'button', class: 'secondary', 'data-action': 'add-level', onclick: () => add(null, true), text: 'Add level' }),
    el('div', { class: 'form-actions' },
      el('button', { type: 'submit', class: 'primary', text: 'Save call tree' }),
      tree ? el('button', { type: 'button', class: 'danger', text: 'Delete call tree',
        onclick: () => confirmBox(confirm, `Delete the call tree ${tree.name}?`, `Yes, delete ${tree.name}`, remove) }) : null,
      el('a', { href: '#/call-trees', class: 'button-link', text: 'Back to call trees' })),
    confirm);
  levels.setAttribute('aria-describedby', levelsError.id);
  page(tree ? `Call tree: ${tree.name}` : 'New call tree', form, tree ? dryRunSection(tree, sites) : null);
  if (!tree) name.focus();

  function add(level, focus) {
    const card = levelCard(level, roleNames, { move, remove: removeLevel });
    cards.push(card);
    renumber();
    if (focus) card.focus();
  }

  function move(card, by) {
    const i = cards.indexOf(card);
    if (i + by < 0 || i + by >= cards.length) return;
    [cards[i], cards[i + by]] = [cards[i + by], cards[i]];
    renumber();
    card.focusMove(by < 0 ? 'up' : 'down');
  }

  function removeLevel(card) {
    cards.splice(cards.indexOf(card), 1);
    renumber();
    (cards[0]?.focus ?? (() => name.focus()))();
  }

  function renumber() {
    cards.forEach((card, i) => card.number(i, cards.length));
    levels.replaceChildren(...cards.map((c) => c.node));
  }

  async function save(event) {
    event.preventDefault();
    clearProblems(form);
    const body = { name: name.value.trim(), stepTimeout: isoMinutes(step.value), levels: cards.map((c) => c.value()) };
    try {
      const saved = tree ? await put(`/api/call-trees/${tree.id}`, body) : await post('/api/call-trees', body);
      goAndTell(go, `call-trees/${saved.id}`, `Call tree ${saved.name} saved.`);
    } catch (e) {
      showProblem(form, e, (p) => (p.unknownRoles ?? []).flatMap((role) => body.levels
        .map((l, i) => (l.roles.includes(role) ? { field: `levels[${i}].roles`, message: `unknown role: ${role}` } : null))
        .filter(Boolean)));
    }
  }

  async function remove() {
    try {
      await call('DELETE', `/api/call-trees/${tree.id}`);
      goAndTell(go, 'call-trees', `Call tree ${tree.name} deleted.`);
    } catch (e) { showProblem(confirm, e); }
  }
}
