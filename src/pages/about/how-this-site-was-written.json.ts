/** The review sheet as data: every block of the site's own words with the full text it cites. */
import type { APIRoute } from 'astro';
import { loadSiteWords } from '../../lib/content/review-sheet.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await loadSiteWords(), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
