/** The whole report as JSON (src/lib/content/open-data.ts), linked and described on /about/. */
import type { APIRoute } from 'astro';
import { reportJson } from '../lib/content/open-data.ts';
import { content } from '../lib/content/site-content.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(reportJson(content), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
