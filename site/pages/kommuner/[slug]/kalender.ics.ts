import type { APIRoute } from 'astro'
import { scopedFeed } from '../../../features/calendar/feeds.ts'

export const GET: APIRoute = (context) => scopedFeed(context, context.locals.locale, 'municipalities')
