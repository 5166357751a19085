import { signIn } from '../api.js';
import { el, page, field, showError } from '../dom.js';

export function signInPage(args, { signedIn }) {
  const username = el('input', { type: 'text', name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'signin', onsubmit: submit },
    field('User name', username), field('Password', password),
    el('button', { type: 'submit', class: 'primary', text: 'Sign in' }));
  page('Sign in to Muster', form);
  username.focus();

  async function submit(event) {
    event.preventDefault();
    try {
      await signIn(username.value.trim(), password.value);
      password.value = '';
      signedIn();
    } catch (e) {
      showError(e.status === 401 ? 'Wrong user name or password.' : e);
      password.value = '';
      password.focus();
    }
  }
}
