import type { APIRoute } from 'astro'
import { accountFeed } from '../../../lib/feeds.ts'

export const GET: APIRoute = (context) => accountFeed(context, context.locals.locale)
