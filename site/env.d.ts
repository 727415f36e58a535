/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the address asked for, set by the middleware before any page runs. */
    locale: import('./lib/i18n.ts').Locale
  }
}
