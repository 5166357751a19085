import { get, put } from '../api.js';
import { el, page, field, localTime, showError, showInfo } from '../dom.js';

// The signed-in person's own hotline PIN: whether they have one, and a form to set a new one.
export async function hotlinePinPage() {
  const status = el('p', {});
  show(await get('/api/me/hotline-pin'));
  const pin = el('input', { type: 'password', inputmode: 'numeric', autocomplete: 'new-password', pattern: '\\d{6,8}', required: true, maxlength: '8' });
  const again = el('input', { type: 'password', inputmode: 'numeric', autocomplete: 'new-password', pattern: '\\d{6,8}', required: true, maxlength: '8' });
  const form = el('form', { onsubmit: save },
    field('New PIN', pin, '6 to 8 digits'),
    field('The same PIN again', again),
    el('button', { type: 'submit', class: 'primary', text: 'Save PIN' }));
  page('Hotline PIN',
    el('p', { text: 'When you call the hotline from a number it does not know (a borrowed phone, a landline), it asks for your employee id and this PIN before it reads you an update or takes your answer. Without it, you can only leave a message.' }),
    status,
    el('p', { class: 'hint', text: 'Not one digit repeated, not a run such as 123456, not your employee id. Nobody at Muster can read it back.' }),
    form);

  async function save(event) {
    event.preventDefault();
    if (pin.value !== again.value) return showError('The two PINs differ.');
    try {
      await put('/api/me/hotline-pin', { pin: pin.value });
      pin.value = '';
      again.value = '';
      show(await get('/api/me/hotline-pin'));
      showInfo('Your hotline PIN is saved.');
    } catch (e) { showError(e); }
  }

  function show(current) {
    status.setAttribute('data-pin-status', current.set ? 'set' : 'none');
    status.textContent = current.set
      ? `You have a hotline PIN, ${current.setBy === 'HR' ? 'reset by HR' : 'set by you'} on ${localTime(current.setAt)}.`
      : 'You have no hotline PIN yet.';
  }
}
