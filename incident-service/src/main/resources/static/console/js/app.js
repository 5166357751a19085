// The console: a hash router that shows each role only the pages (and buttons) it may use.
import { get, signedIn, signOut, ApiError } from './api.js';
import { el, page, clearMessage, showError } from './dom.js';
import { signInPage } from './pages/signin.js';
import { incidentsPage } from './pages/incidents.js';
import { declarePage } from './pages/declare.js';
import { incidentPage } from './pages/incident.js';
import { directoryPage } from './pages/directory.js';
import { myRequestsPage } from './pages/mine.js';

const PAGES = [
  { path: 'incidents', label: 'Incidents', roles: ['COMMANDER', 'HR', 'SPOKESPERSON', 'ADMIN'], render: incidentsPage },
  { path: 'declare', label: 'Declare', roles: ['COMMANDER'], render: declarePage },
  { path: 'mine', label: 'My alerts', roles: ['EMPLOYEE'], render: myRequestsPage },
  { path: 'directory', label: 'Directory', roles: ['ADMIN'], render: directoryPage },
];
const DETAIL = { roles: ['COMMANDER', 'HR', 'SPOKESPERSON', 'ADMIN'], render: incidentPage };

let session = null;
let leaving = () => {};

export function can(...roles) {
  return session !== null && roles.some((role) => session.roles.includes(role));
}

export function go(path) {
  if (location.hash === `#/${path}`) route();
  else location.hash = `#/${path}`;
}

async function route() {
  leaving();
  leaving = () => {};
  clearMessage();
  if (!signedIn()) return show(signInPage, [], 'signin');
  if (!session) {
    try {
      session = await get('/api/session');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) { signOut(); return route(); }
      return showError(e);
    }
  }
  const [path, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const target = path === 'incidents' && rest.length ? DETAIL : PAGES.find((p) => p.path === path);
  if (!target) return go(home());
  renderNav(path);
  if (!can(...target.roles)) return notAllowed();
  try {
    const stop = await target.render(rest, { session, can, go });
    if (typeof stop === 'function') leaving = stop;
  } catch (e) {
    showError(e);
  }
}

function show(render, args, name) {
  renderNav(name);
  return render(args, { session, can, go, signedIn: () => { session = null; go(''); } });
}

function home() {
  const first = PAGES.find((p) => can(...p.roles));
  return first ? first.path : 'none';
}

function notAllowed() {
  page('Not available', el('p', { text: 'Your role cannot use this page. The pages you can use are in the menu above.' }));
}

function renderNav(current) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  if (!session) { nav.replaceChildren(); who.replaceChildren(); return; }
  nav.replaceChildren(...PAGES.filter((p) => can(...p.roles)).map((p) =>
    el('a', { href: `#/${p.path}`, 'aria-current': p.path === current ? 'page' : null, text: p.label })));
  who.replaceChildren(
    `${session.username} (${session.roles.join(', ').toLowerCase()}) `,
    el('button', { type: 'button', onclick: () => { signOut(); session = null; go('signin'); }, text: 'Sign out' }));
}

window.addEventListener('hashchange', route);
route();
