/**
 * The site's addresses for the authority network's pages, in both languages, from the route
 * table. The CMS needs them for links in mail; the site uses the same functions.
 */
import { path } from '../routes.ts'

export type NetworkLocale = 'sv' | 'en'

export const networkPaths = {
  network: (l: NetworkLocale) => path('network', l),
  join: (l: NetworkLocale) => path('join', l),
  confirmApplication: (l: NetworkLocale, token: string) => path('confirmApplication', { token }, l),
  login: (l: NetworkLocale) => path('login', l),
  logout: (l: NetworkLocale) => path('logout', l),
  setPassword: (l: NetworkLocale, token: string) => path('setPassword', { token }, l),
  confirmEmail: (l: NetworkLocale, token: string) => path('confirmEmail', { token }, l),
  forgotPassword: (l: NetworkLocale) => path('forgotPassword', l),
  myPage: (l: NetworkLocale) => path('myPage', l),
  calendar: (l: NetworkLocale, token: string) => path('personalCalendar', { token }, l),
  council: (l: NetworkLocale) => path('council', l),
  councilApply: (l: NetworkLocale) => path('councilApply', l),
}
