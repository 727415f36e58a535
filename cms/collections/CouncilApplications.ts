import type { Access, CollectionConfig } from 'payload'
import { adminOnly, isAdmin } from '../access/index.ts'
import { decisionFields } from '../fields/applicationFields.ts'
import { approveCouncilEndpoint, rejectCouncilEndpoint } from '../network/council.ts'

/** Region staff read every application; a representative reads their own. */
const readOwn: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  return req.user ? { user: { equals: req.user.id } } : false
}

/**
 * A representative's application for a seat on the innovation council, made on the site
 * (cms/network/council.ts). Region staff accept or decline it; an accepted applicant takes a
 * seat on the council page while seats are free.
 */
export const CouncilApplications: CollectionConfig = {
  slug: 'council-applications',
  labels: {
    singular: { sv: 'Ansökan till innovationsrådet', en: 'Council application' },
    plural: { sv: 'Ansökningar till innovationsrådet', en: 'Council applications' },
  },
  admin: { useAsTitle: 'organisation', defaultColumns: ['organisation', 'user', 'status', 'createdAt'], group: { sv: 'Anmälningar', en: 'Sign-ups' } },
  defaultSort: '-createdAt',
  // Made only by the site's service (cms/network/council.ts), which checks who may apply and
  // tells region staff; a document made any other way would skip both.
  access: { read: readOwn, create: () => false, update: adminOnly, delete: adminOnly },
  endpoints: [approveCouncilEndpoint, rejectCouncilEndpoint],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { sv: 'Sökande', en: 'Applicant' } },
    { name: 'organisation', type: 'text', required: true, maxLength: 200, label: { sv: 'Organisation', en: 'Organisation' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { sv: 'Myndighet', en: 'Agency' } },
    { name: 'motivation', type: 'textarea', required: true, maxLength: 3000, label: { sv: 'Varför vill du ingå i rådet?', en: 'Why do you want to join the council?' } },
    { name: 'contribution', type: 'textarea', required: true, maxLength: 3000, label: { sv: 'Vad bidrar du med?', en: 'What do you bring?' } },
    ...decisionFields([
      { value: 'pending', label: { sv: 'Väntar på beslut', en: 'Awaiting decision' } },
      { value: 'approved', label: { sv: 'Antagen', en: 'Accepted' } },
      { value: 'rejected', label: { sv: 'Inte antagen', en: 'Declined' } },
    ]),
  ],
}
