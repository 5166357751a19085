import { get } from '../api.js';
import { el, page, table, localTime } from '../dom.js';

export async function incidentsPage(args, { can, incidentLink }) {
  const incidents = await get('/api/incidents?limit=100');
  page('Incidents',
    can('COMMANDER') ? el('p', {}, el('a', { href: '#/declare', class: 'primary', text: 'Declare an incident' })) : null,
    incidents.length === 0
      ? el('p', { text: 'No incidents yet.' })
      : table(['Incident', 'Status', 'Severity', 'Declared', 'Reached', 'Safe', 'Need help', 'No answer'],
        incidents.map((i) => [
          el('span', {}, el('a', { href: incidentLink(i.id), text: i.title }), ' ', badges(i)),
          i.status, i.severity, localTime(i.declaredAt),
          `${i.counts.sent} / ${i.counts.targeted}`, i.counts.safe, i.counts.needHelp, i.counts.noAnswer])));
}

export function badges(incident) {
  return el('span', {},
    incident.exercise ? el('span', { class: 'badge exercise', text: 'Exercise' }) : null, ' ',
    incident.priority === 'LIFE_SAFETY' ? el('span', { class: 'badge life', text: 'Life safety' }) : null);
}
