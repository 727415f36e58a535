import type { APIRoute } from 'astro'
import { personalFeed } from '../../../features/calendar/feeds.ts'

export const GET: APIRoute = (context) => personalFeed(context, context.locals.locale)
