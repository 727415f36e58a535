/** The authority network: the agencies in it, and an agency's sign-up and its confirmation link. */
import { confirmSignup, SignupProblem, submitSignup, viewSignupLink, type LinkState, type SignupOutcome } from '../../../cms/network/signup.ts'
import type { SignupInput, SignupWarning } from '../../../cms/domain/network/signupInput.ts'
import type { SignupServiceProblem } from '../../../cms/domain/network/signupMessages.ts'
import type { Locale } from '../i18n.ts'
import { sortByName } from '../sortByName.ts'
import type { MunicipalityRef } from './hubs.ts'
import { publicImage, type PublicImage } from './media.ts'
import { attempt, cms, populated } from './payload.ts'

export interface NetworkAgency {
  name: string
  website: string | null
  /** The local office's municipality. */
  municipality: MunicipalityRef | null
  logo: PublicImage | null
}

/** Agencies in the authority network: only those the region has confirmed are public. */
export async function listNetworkAgencies(locale: Locale): Promise<NetworkAgency[]> {
  const payload = await cms()
  const result = await payload.find({
    collection: 'agencies',
    locale,
    where: { membershipStatus: { in: ['confirmed', 'member'] } },
    depth: 1,
    overrideAccess: false,
    pagination: false,
    select: { name: true, website: true, municipality: true, logo: true },
  })
  return sortByName(
    result.docs.map((a) => {
      const municipality = populated(a.municipality)
      return {
        name: a.name,
        website: a.website ?? null,
        municipality: municipality ? { name: municipality.name, slug: municipality.slug } : null,
        // A logo is shown at its natural shape, never cropped.
        logo: publicImage(a.logo, 'card'),
      }
    }),
  )
}

export type SignupOutcomeResult = { ok: true; value: SignupOutcome } | { ok: false; problem: SignupServiceProblem }

/** Records a network sign-up (already validated) and mails its confirmation link. */
export function signUpToNetwork(input: SignupInput, warnings: SignupWarning[]): Promise<SignupOutcomeResult> {
  return attempt(SignupProblem, (payload) => submitSignup(payload, input, warnings))
}

/** What a sign-up confirmation link points at, without using it. */
export async function loadSignupLink(token: string): Promise<LinkState> {
  return viewSignupLink(await cms(), token)
}

export function confirmSignupLink(token: string): Promise<{ ok: true; value: { agencyName: string } } | { ok: false; problem: SignupServiceProblem }> {
  return attempt(SignupProblem, (payload) => confirmSignup(payload, token))
}
