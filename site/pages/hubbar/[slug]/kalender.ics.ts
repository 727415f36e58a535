import type { APIRoute } from 'astro'
import { scopedFeed } from '../../../lib/feeds.ts'

export const GET: APIRoute = (context) => scopedFeed(context, context.locals.locale, 'hubs')
