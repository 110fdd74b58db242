/**
 * The site's public address (content/site.yaml) as a CSS string, for print only: global.css prints
 * each link's address after it, and this puts the address in front of the site's own paths, so a
 * paper copy gives "https://…/report/…" rather than "/report/…". A stylesheet of its own because
 * the CSP allows no inline style.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`:root{--site-address:${JSON.stringify(new URL(site!).origin)}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
