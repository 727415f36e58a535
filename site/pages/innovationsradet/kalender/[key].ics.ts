import type { APIRoute } from 'astro'
import { councilFeed } from '../../../features/council/councilFeed.ts'

export const GET: APIRoute = (context) => councilFeed(context, context.locals.locale)
