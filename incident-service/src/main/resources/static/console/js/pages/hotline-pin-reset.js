import { get, post } from '../api.js';
import { el, page, field, table, showError } from '../dom.js';

// HR and administrators reset a person's hotline PIN: the new PIN is shown here once, never again.
export async function hotlinePinResetPage() {
  const query = el('input', { type: 'search', maxlength: '200', placeholder: 'Employee id or name' });
  const results = el('div', {});
  const issued = el('div', { 'aria-live': 'polite' });
  page('Hotline PINs',
    el('p', { text: 'Reset the PIN of someone who forgot theirs, after making sure who they are (call them back on a number the directory knows). The new PIN is shown once; tell it to them and ask them to choose their own.' }),
    el('form', { onsubmit: search }, field('Find a person', query), el('button', { type: 'submit', text: 'Search' })),
    issued, results);

  async function search(event) {
    event.preventDefault();
    try {
      const people = await get(`/api/people?size=20&q=${encodeURIComponent(query.value.trim())}`);
      results.replaceChildren(people.length === 0 ? el('p', { text: 'Nobody found.' }) : table(['Employee id', 'Name', ''],
        people.map((p) => [p.employeeId, p.name,
          el('button', { type: 'button', 'data-reset': p.id, text: 'Reset PIN', onclick: () => reset(p) })])));
    } catch (e) { showError(e); }
  }

  async function reset(person) {
    try {
      const answer = await post(`/api/people/${encodeURIComponent(person.id)}/hotline-pin/reset`);
      issued.replaceChildren(el('section', { class: 'confirm' },
        el('h2', { text: `New hotline PIN for ${person.name} (${person.employeeId})` }),
        el('p', { class: 'pin', 'data-new-pin': '', text: answer.pin }),
        el('p', { class: 'hint', text: 'Shown only now. Their old PIN no longer works.' })));
    } catch (e) { showError(e); }
  }
}
