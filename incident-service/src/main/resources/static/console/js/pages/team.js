import { el, page } from '../dom.js';

// Placeholder: this page is being built (issue 7).
export async function teamPage() {
  page('Incident team', el('p', { text: 'This page is not built yet.' }));
}
