/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the address asked for, set by the middleware before any page runs. */
    locale: import('./lib/i18n.ts').Locale
    /**
     * The logged-in user, or null, set by the middleware: looked up at the first call and at
     * most once per request, never for a request without a session cookie (lib/requestUser.ts).
     */
    user: () => Promise<import('./lib/cms.ts').SiteUser | null>
  }
}
