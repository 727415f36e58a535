import type { APIRoute } from 'astro'
import { networkFeed } from '../features/calendar/feeds.ts'

export const GET: APIRoute = (context) => networkFeed(context, context.locals.locale)
