/** The review sheet as data: every block of the site's own words with the full text it cites. */
import type { APIRoute } from 'astro';
import { content } from '../../lib/content/site-content.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(content.siteWords, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
