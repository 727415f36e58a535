import type { APIRoute } from 'astro'
import { organiserFeed } from '../../../features/calendar/feeds.ts'

export const GET: APIRoute = (context) => organiserFeed(context, context.locals.locale)
