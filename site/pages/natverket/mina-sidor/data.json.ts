import type { APIRoute } from 'astro'
import { personalDataResponse } from '../../../lib/personalData.ts'

export const GET: APIRoute = (context) => personalDataResponse(context, context.locals.locale)
