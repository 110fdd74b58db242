/** The key figures as CSV (src/lib/content/open-data.ts), linked from /key-figures/ and described on /about/. */
import type { APIRoute } from 'astro';
import { keyFiguresCsv } from '../lib/content/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(await keyFiguresCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
