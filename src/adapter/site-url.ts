/** The site's absolute base URL, without trailing slash (SITE_URL, see astro.config.mjs). */
export function siteBase(site: URL | undefined): string {
  return (site?.href ?? 'https://cybercbm.example.org/').replace(/\/$/, '');
}
