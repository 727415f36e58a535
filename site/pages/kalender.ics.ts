import type { APIRoute } from 'astro'
import { networkFeed } from '../lib/feeds.ts'

export const GET: APIRoute = (context) => networkFeed(context, context.locals.locale)
