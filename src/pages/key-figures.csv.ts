/** The key figures as CSV (src/lib/content/open-data.ts), linked from /key-figures/ and described on /about/. */
import type { APIRoute } from 'astro';
import { keyFiguresCsv } from '../lib/content/open-data.ts';
import { content } from '../lib/content/site-content.ts';

export const GET: APIRoute = () =>
  new Response(keyFiguresCsv(content), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
