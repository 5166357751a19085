// Due times: typed in the viewer's own zone, sent as an instant.
import { el, field } from '../dom.js';

export const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A labelled datetime-local input naming the viewer's zone. */
export function dueInput(name, iso) {
  const input = el('input', { type: 'datetime-local', name, value: iso ? toLocalInput(iso) : null });
  return { input, node: field('Due', input, `optional, your time: ${ZONE}`) };
}

/** "2026-11-22T14:30" as typed in the viewer's zone → an ISO instant; blank → null. */
export function toInstant(local) {
  return local ? new Date(local).toISOString() : null;
}

function toLocalInput(iso) {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** An ISO-8601 duration such as PT30M or PT1H30M in words; null when absent. */
export function durationWords(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!m) return null;
  const parts = [[m[1], 'day'], [m[2], 'hour'], [m[3], 'minute'], [m[4], 'second']]
    .filter(([n]) => n && Number(n) > 0).map(([n, unit]) => `${Number(n)} ${unit}${Number(n) === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' ') : null;
}

/** Milliseconds of an ISO-8601 duration (days, hours, minutes, seconds). */
export function durationMillis(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!m) return 0;
  return (((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
}
