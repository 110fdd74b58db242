/** The whole report as JSON (src/lib/content/open-data.ts), linked and described on /about/. */
import type { APIRoute } from 'astro';
import { reportJson } from '../lib/content/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await reportJson(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
