/** The PostgreSQL channel on which the CMS tells the site's servers that content changed (their caches listen). */
export const SITE_CACHE_CHANNEL = 'site_cache'
