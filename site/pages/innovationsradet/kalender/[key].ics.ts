import type { APIRoute } from 'astro'
import { councilFeed } from '../../../lib/councilFeed.ts'

export const GET: APIRoute = (context) => councilFeed(context, context.locals.locale)
