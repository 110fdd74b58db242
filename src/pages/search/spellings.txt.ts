/** The report's words for the search page's spelling suggestions (SPELLINGS_URL), fetched only when a word is found nowhere. */
import type { APIRoute } from 'astro';
import { readSpellings } from '../../lib/search-vocabulary-fs.ts';

export const GET: APIRoute = () => new Response(readSpellings(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
