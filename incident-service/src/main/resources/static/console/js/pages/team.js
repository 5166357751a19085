// The incident team's page: tasks, the internal status log and situation reports, response
// documents and hotline messages. Sections are sub-tabs of this page (#/incidents/{id}/team/{section})
// so each can be bookmarked and the back button works, without new routes in app.js.
import { get } from '../api.js';
import { el, page, localTime } from '../dom.js';
import { badges } from './incidents.js';
import { blobUrls } from './team-files.js';
import { tasksSection } from './team-tasks.js';
import { statusLogSection } from './team-log.js';
import { documentsSection } from './team-documents.js';
import { hotlineSection } from './team-hotline.js';
import { voiceSection } from './team-voice.js';

const SECTIONS = [
  { key: 'tasks', label: 'Tasks', roles: ['TEAM', 'COMMANDER', 'HR', 'ADMIN'], render: tasksSection },
  { key: 'log', label: 'Status log & sitreps', roles: ['TEAM', 'COMMANDER', 'HR', 'SPOKESPERSON'], render: statusLogSection },
  { key: 'documents', label: 'Documents', roles: ['TEAM', 'COMMANDER', 'ADMIN'], render: documentsSection },
  { key: 'hotline', label: 'Hotline messages', roles: ['TEAM', 'COMMANDER', 'HR'], render: hotlineSection },
  { key: 'voice', label: 'Voice messages', roles: ['TEAM', 'COMMANDER', 'HR'], render: voiceSection },
];

export async function teamPage([id, wanted], { session, can }) {
  const sections = SECTIONS.filter((s) => can(...s.roles));
  const current = sections.find((s) => s.key === wanted) ?? sections[0];
  const incident = await get(`/api/incidents/${encodeURIComponent(id)}?size=1000`);
  const body = el('section', { class: 'team-section', 'aria-labelledby': 'team-section-title', 'data-section': current.key });
  page(incident.title,
    el('p', { class: 'team-facts' }, badges(incident), ' ',
      `${incident.state ?? incident.status} · severity ${incident.severity} · type ${incident.incidentType ?? 'GENERAL'} · declared ${localTime(incident.declaredAt)}`),
    el('nav', { class: 'team-subtabs', 'aria-label': 'Team sections' }, sections.map((s) =>
      el('a', { href: `#/incidents/${id}/team/${s.key}`, 'aria-current': s === current ? 'page' : null, 'data-team-tab': s.key, text: s.label }))),
    body);
  const urls = blobUrls();
  const names = new Map((incident.recipients ?? []).map((r) => [r.personId, `${r.name} (${r.employeeId})`]));
  const ctx = { id, incident, session, can, names, urls, body, people: incident.recipients ?? [] };
  body.append(el('h2', { id: 'team-section-title', text: current.label }));
  await current.render(ctx);
  return () => urls.revokeAll();
}
