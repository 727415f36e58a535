import type { APIRoute } from 'astro'
import { buildRobotsTxt } from '../lib/sitemap.ts'

export const GET: APIRoute = ({ site, url }) =>
  new Response(buildRobotsTxt((site ?? url).origin), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
