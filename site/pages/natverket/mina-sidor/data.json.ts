import type { APIRoute } from 'astro'
import { personalDataResponse } from '../../../features/account/personalData.ts'

export const GET: APIRoute = (context) => personalDataResponse(context, context.locals.locale)
