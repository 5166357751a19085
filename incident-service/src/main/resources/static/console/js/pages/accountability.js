import { el, page } from '../dom.js';

// Placeholder: this page is being built (issue 7).
export async function accountabilityPage() {
  page('Accountability', el('p', { text: 'This page is not built yet.' }));
}
