import type { APIRoute } from 'astro'
import { accountFeed } from '../../../features/calendar/feeds.ts'

export const GET: APIRoute = (context) => accountFeed(context, context.locals.locale)
