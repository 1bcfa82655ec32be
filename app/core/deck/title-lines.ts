/**
 * The lines under the title on a title slide, from the front matter: subtitle, author, institute and
 * date. `date: today` is the day the deck is built, and an ISO date (`2026-12-08`) is written the way
 * the deck's language writes dates ("8 Desember 2026"); any other date is shown as written.
 */
import type { Marked } from 'marked';
import { escapeHtml } from './markdown';

export interface TitleFields {
  subtitle: string | null;
  author: string | null;
  institute: string | null;
  date: string | null;
}

/** The title slide's lines as HTML (not sanitized; the renderer sanitizes). */
export function titleLines(markdown: Marked, fields: TitleFields, lang: string, today: Date): string {
  const line = (className: string, html: string): string => `<p class="${className}">${html}</p>\n`;
  let html = '';
  if (fields.subtitle) html += line('mimbar-subtitle', markdown.parseInline(fields.subtitle) as string);
  if (fields.author) html += line('mimbar-author', escapeHtml(fields.author));
  if (fields.institute) html += line('mimbar-institute', markdown.parseInline(fields.institute) as string);
  if (fields.date) html += line('mimbar-date', escapeHtml(formatDate(fields.date, lang, today)));
  return html;
}

/** `today` and ISO dates in the deck's language; anything else as written. */
export function formatDate(value: string, lang: string, today: Date): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const day = value.trim().toLowerCase() === 'today' ? today : iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : null;
  if (day === null || Number.isNaN(day.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: iso ? 'UTC' : undefined }).format(day);
  } catch {
    return day.toISOString().slice(0, 10);
  }
}
