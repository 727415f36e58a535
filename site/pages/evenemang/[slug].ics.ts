import type { APIRoute } from 'astro'
import { eventFeed } from '../../features/calendar/feeds.ts'

export const GET: APIRoute = (context) => eventFeed(context, context.locals.locale)
