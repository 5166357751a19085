// The console: a hash router that shows each role only the pages (and buttons) it may use.
import { get, signedIn, signOut, ApiError } from './api.js';
import { el, page, clearMessage, showError, setSubnav } from './dom.js';
import { signInPage } from './pages/signin.js';
import { incidentsPage } from './pages/incidents.js';
import { declarePage } from './pages/declare.js';
import { incidentPage } from './pages/incident.js';
import { directoryPage } from './pages/directory.js';
import { myRequestsPage } from './pages/mine.js';
import { accountabilityPage } from './pages/accountability.js';
import { teamPage } from './pages/team.js';
import { statementsPage } from './pages/statements.js';
import { sitesPage } from './pages/sites.js';
import { callTreesPage } from './pages/call-trees.js';
import { loginsPage } from './pages/logins.js';
import { hotlinePinPage } from './pages/hotline-pin.js';
import { hotlinePinResetPage } from './pages/hotline-pin-reset.js';
import { deadLettersPage } from './pages/dead-letters.js';
import { scenariosPage } from './pages/scenarios.js';

// Top-level pages: #/{path}/{args...}
const PAGES = [
  { path: 'incidents', label: 'Incidents', roles: ['COMMANDER', 'TEAM', 'HR', 'SPOKESPERSON', 'ADMIN'], render: incidentsPage },
  { path: 'declare', label: 'Declare', roles: ['COMMANDER'], render: declarePage },
  { path: 'scenarios', label: 'Scenarios', roles: ['COMMANDER', 'ADMIN'], render: scenariosPage },
  { path: 'mine', label: 'My alerts', roles: ['EMPLOYEE'], render: myRequestsPage },
  { path: 'directory', label: 'People', roles: ['ADMIN'], render: directoryPage },
  { path: 'sites', label: 'Sites & roles', roles: ['ADMIN'], render: sitesPage },
  { path: 'call-trees', label: 'Call trees', roles: ['COMMANDER', 'ADMIN'], render: callTreesPage },
  { path: 'logins', label: 'Logins', roles: ['ADMIN'], render: loginsPage },
  { path: 'hotline-pins', label: 'Hotline PINs', roles: ['HR', 'ADMIN'], render: hotlinePinResetPage },
  { path: 'hotline-pin', label: 'My hotline PIN', roles: ['COMMANDER', 'TEAM', 'HR', 'SPOKESPERSON', 'EMPLOYEE', 'ADMIN'], render: hotlinePinPage },
  { path: 'dead-letters', label: 'Dead letters', roles: ['ADMIN'], render: deadLettersPage },
];

// The pages of one incident: #/incidents/{id}/{tab}/{args...}, each for the roles whose API it uses.
// A role's own work comes first: it is where the incident list leads that role.
const INCIDENT_TABS = [
  { tab: '', label: 'Live', roles: ['COMMANDER', 'TEAM', 'HR', 'SPOKESPERSON', 'ADMIN'], render: incidentPage },
  { tab: 'accountability', label: 'Accountability', roles: ['HR', 'COMMANDER', 'ADMIN'], render: accountabilityPage },
  // HR reads the team's tasks, status log and hotline messages here (the API lets HR read them).
  { tab: 'team', label: 'Team', roles: ['TEAM', 'COMMANDER', 'HR'], render: teamPage },
  { tab: 'statements', label: 'Statements', roles: ['SPOKESPERSON', 'COMMANDER', 'TEAM', 'ADMIN'], render: statementsPage },
];
const HOME_TAB = { HR: 'accountability', TEAM: 'team', SPOKESPERSON: 'statements' };

let session = null;
let leaving = () => {};
// Pages load asynchronously: a page still loading when the person moves on must not replace the
// newer one. Each route is a turn; a late one stops itself and, if the newest already showed,
// shows the newest again.
let turns = 0;
let shown = 0;

export function can(...roles) {
  return session !== null && roles.some((role) => session.roles.includes(role));
}

/** Where an incident's link leads the signed-in role: the commander to the live view, HR to the board... */
export function incidentLink(id) {
  const own = session && !can('COMMANDER', 'ADMIN')
    ? Object.entries(HOME_TAB).find(([role]) => session.roles.includes(role)) : null;
  return `#/incidents/${id}${own ? `/${own[1]}` : ''}`;
}

export function go(path) {
  if (location.hash === `#/${path}`) route();
  else location.hash = `#/${path}`;
}

async function route() {
  const turn = ++turns;
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
    if (turn !== turns) return;
  }
  const [path, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  let target = PAGES.find((p) => p.path === path);
  let args = rest;
  setSubnav(null);
  if (path === 'incidents' && rest.length) {
    const [id, tab = '', ...more] = rest;
    target = INCIDENT_TABS.find((t) => t.tab === tab);
    args = [id, ...more];
    if (target) setSubnav(incidentTabs(id, tab));
  }
  if (!target) return go(home());
  renderNav(path);
  if (!can(...target.roles)) return notAllowed();
  try {
    const stop = await target.render(args, { session, can, go, incidentLink });
    if (turn !== turns) {
      if (typeof stop === 'function') stop();
      if (shown === turns) route();
      return;
    }
    shown = turn;
    if (typeof stop === 'function') leaving = stop;
  } catch (e) {
    if (turn === turns) showError(e);
  }
}

function show(render, args, name) {
  shown = turns;
  renderNav(name);
  return render(args, { session, can, go, signedIn: () => { session = null; go(''); } });
}

function home() {
  const first = PAGES.find((p) => can(...p.roles));
  return first ? first.path : 'none';
}

function incidentTabs(id, current) {
  return el('nav', { class: 'tabs', 'aria-label': 'Incident pages' }, INCIDENT_TABS.filter((t) => can(...t.roles)).map((t) =>
    el('a', { href: `#/incidents/${id}${t.tab ? `/${t.tab}` : ''}`, 'aria-current': t.tab === current ? 'page' : null, text: t.label })));
}

function notAllowed() {
  shown = turns;
  setSubnav(null);
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
