/**
 * /robots.txt: every page may be crawled; crawlers are pointed at the sitemap (@astrojs/sitemap
 * writes sitemap-index.xml). Uses SITE_URL like the canonical links.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
