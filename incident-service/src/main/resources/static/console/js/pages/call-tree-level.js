import { el } from '../dom.js';
import { checkedField, minutesOf, isoMinutes } from './directory-forms.js';

// One level of the call-tree editor. Its inputs live as long as the card, so moving a level
// moves what was typed; the error lines are renamed to the level's new index (levels[i].roles...).
export function levelCard(level, roleNames, { move, remove }) {
  const chosen = level?.roles ?? [];
  const roles = el('select', { multiple: true, size: Math.min(6, Math.max(3, roleNames.length)), 'data-input': 'roles' },
    [...new Set([...roleNames, ...chosen])].map((r) => el('option', { value: r, text: r, selected: chosen.includes(r) })));
  const picked = el('p', { class: 'hint picked', 'aria-live': 'polite', 'data-picked': '' });
  const showPicked = () => {
    const names = [...roles.selectedOptions].map((o) => o.value);
    picked.textContent = names.length ? `Chosen: ${names.join(', ')}` : 'No role chosen yet.';
  };
  roles.addEventListener('change', showPicked);
  showPicked();
  const sitesOnly = el('input', { type: 'checkbox', checked: level?.affectedSitesOnly === true, 'data-input': 'affectedSitesOnly' });
  const department = el('input', { type: 'text', maxlength: 200, value: level?.department ?? '', 'data-input': 'department' });
  const wait = el('input', { type: 'number', min: 0, step: 'any', inputmode: 'decimal', 'data-input': 'escalateAfter',
    value: level ? minutesOf(level.escalateAfter) : 10 });
  const quorum = el('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric', 'data-input': 'quorum', value: level?.quorum ?? 1 });
  const legend = el('legend');
  const up = el('button', { type: 'button', class: 'secondary small', 'data-move': 'up', onclick: () => move(card, -1) });
  const down = el('button', { type: 'button', class: 'secondary small', 'data-move': 'down', onclick: () => move(card, 1) });
  const drop = el('button', { type: 'button', class: 'secondary small', 'data-action': 'remove-level', onclick: () => remove(card) });
  const fields = [checkedField('Roles', roles, 'roles', 'hold Ctrl to pick several'), picked,
    el('label', { class: 'check' }, sitesOnly, "Only people at the incident's affected sites"),
    checkedField('Department', department, 'department', 'optional: only people in this department'),
    el('div', { class: 'grid2' }, checkedField('Next level after (minutes)', wait, 'escalateAfter'),
      checkedField('Quorum', quorum, 'quorum', 'answers that stop the escalation'))];
  const node = el('fieldset', { class: 'level' }, legend, fields, el('div', { class: 'level-actions' }, up, down, drop));
  const card = {
    node,
    number(i, count) {
      node.dataset.level = String(i + 1);
      legend.textContent = `Level ${i + 1}`;
      up.textContent = '↑ Up';
      up.setAttribute('aria-label', `Move level ${i + 1} up`);
      up.disabled = i === 0;
      down.textContent = '↓ Down';
      down.setAttribute('aria-label', `Move level ${i + 1} down`);
      down.disabled = i === count - 1;
      drop.textContent = 'Remove';
      drop.setAttribute('aria-label', `Remove level ${i + 1}`);
      for (const line of node.querySelectorAll('[data-error-for]')) {
        line.dataset.errorFor = `levels[${i}].${line.dataset.errorFor.replace(/^levels\[\d+\]\./, '')}`;
      }
    },
    value: () => ({
      roles: [...roles.selectedOptions].map((o) => o.value), affectedSitesOnly: sitesOnly.checked,
      department: department.value.trim() || null, escalateAfter: isoMinutes(wait.value),
      quorum: quorum.value === '' ? null : Number(quorum.value),
    }),
    focus: () => roles.focus(),
    focusMove: (direction) => (direction === 'up' && !up.disabled ? up : down.disabled ? up : down).focus(),
  };
  return card;
}
