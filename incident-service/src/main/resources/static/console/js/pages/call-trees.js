import { get, call } from '../api.js';
import { el, page, table } from '../dom.js';
import { confirmBox, minutesOf, goAndTell, showProblem } from './directory-forms.js';
import { callTreeEditor } from './call-tree-editor.js';

// Call trees (COMMANDER and ADMIN): the list (#/call-trees), a new tree (#/call-trees/new) and
// one tree's editor with its dry run (#/call-trees/{id}).
export async function callTreesPage(args, ctx) {
  if (args[0]) return callTreeEditor(args[0] === 'new' ? null : args[0], ctx);
  const trees = await get('/api/call-trees');
  const writes = ctx.can('COMMANDER', 'ADMIN');
  const confirm = el('div', { 'aria-live': 'polite' });
  page('Call trees',
    el('p', { text: 'Who is called, in which order, and how long each level has before the next one is called.' }),
    writes ? el('a', { href: '#/call-trees/new', class: 'button-link primary', 'data-action': 'new-tree', text: 'New call tree' }) : null,
    trees.length ? table(['Name', 'Levels', 'Each step', 'Actions'], trees.map((t) => [
      el('a', { href: `#/call-trees/${t.id}`, 'data-tree': t.name, text: t.name }),
      el('ol', { class: 'plain levels-summary' }, t.levels.map((l) => el('li', { text: summary(l) }))),
      `${minutesOf(t.stepTimeout)} min`,
      writes ? el('button', { type: 'button', class: 'secondary small', 'aria-label': `Delete call tree ${t.name}`, text: 'Delete',
        onclick: () => confirmBox(confirm, `Delete the call tree ${t.name}?`, `Yes, delete ${t.name}`, () => remove(t)) }) : '',
    ])) : el('p', { text: 'No call trees yet.' }),
    confirm);

  async function remove(tree) {
    try {
      await call('DELETE', `/api/call-trees/${tree.id}`);
      goAndTell(ctx.go, 'call-trees', `Call tree ${tree.name} deleted.`);
    } catch (e) { showProblem(confirm, e); }
  }
}

/** One level in words: "Incident Team at the affected sites, quorum 1, next level after 10 min". */
export function summary(level) {
  return [level.roles.join(', '), level.affectedSitesOnly ? 'at the affected sites' : null,
    level.department ? `department ${level.department}` : null, `quorum ${level.quorum}`,
    `next level after ${minutesOf(level.escalateAfter)} min`].filter(Boolean).join('; ');
}
