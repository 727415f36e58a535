/**
 * Access control, written as a specification: who may do what to which collection.
 *
 * Every call goes through the Local API with `overrideAccess: false` and the actor's user on the
 * request, exactly as the site and the admin panel call it. A refusal is Payload's `Forbidden`
 * when the rule says no outright, or `NotFound` when a row rule hides the document.
 */
import { Forbidden, NotFound, type CollectionSlug } from 'payload'
import { describe, expect, test } from 'vitest'
import { ADMIN, as, COUNCIL_MANAGER, COUNCIL_MEMBER, ids, lockOn, MANAGER, MEMBER_REPRESENTATIVE, PUBLIC, REPRESENTATIVE, w, type Api, type Rule } from '../helpers/accessWorld.ts'
import { agencyApplicationData, agencyData, communityManagerData, eventData, hubData, municipalityData, pngFile, registrationData, userData } from '../helpers/factories.ts'

const matrix: Record<string, Rule[]> = {
  hubs: [
    [PUBLIC, 'may', 'read a published hub', (a) => a.findByID('hubs', w.hubs.managed.id)],
    [PUBLIC, 'may not', 'read a draft hub', (a) => a.findByID('hubs', w.hubs.otherDraft.id), NotFound],
    [PUBLIC, 'may not', 'read a draft hub by asking for drafts', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true }), NotFound],
    [PUBLIC, 'may not', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id })), Forbidden],
    [PUBLIC, 'may not', 'update a hub', (a) => a.update('hubs', w.hubs.managed.id, { desks: 1 }), Forbidden],
    [PUBLIC, 'may not', 'delete a hub', (a) => a.delete('hubs', w.hubs.managed.id), Forbidden],

    [ADMIN, 'may', 'read a draft hub', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true })],
    [ADMIN, 'may', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id }))],
    [ADMIN, 'may', 'update any hub', (a) => a.update('hubs', w.hubs.other.id, { desks: 12 })],
    [ADMIN, 'may', 'delete a hub', (a) => a.delete('hubs', w.hubs.otherDraft.id)],

    [MANAGER, 'may', 'read a published hub they do not run', (a) => a.findByID('hubs', w.hubs.other.id)],
    [MANAGER, 'may', 'read a draft of a hub they run', (a) => a.findByID('hubs', w.hubs.managedDraft.id, { draft: true })],
    [MANAGER, 'may not', 'read a draft of a hub they do not run', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true }), NotFound],
    [MANAGER, 'may', 'update a hub they run', (a) => a.update('hubs', w.hubs.managed.id, { desks: 14 })],
    [MANAGER, 'may not', 'update a hub they do not run', (a) => a.update('hubs', w.hubs.other.id, { desks: 99 }), Forbidden],
    [MANAGER, 'may not', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id })), Forbidden],
    [MANAGER, 'may not', 'delete even a hub they run', (a) => a.delete('hubs', w.hubs.managed.id), Forbidden],

    [REPRESENTATIVE, 'may', 'read a published hub', (a) => a.findByID('hubs', w.hubs.other.id)],
    [REPRESENTATIVE, 'may not', 'read a draft hub', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true }), NotFound],
    [REPRESENTATIVE, 'may not', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id })), Forbidden],
    [REPRESENTATIVE, 'may not', 'update a hub', (a) => a.update('hubs', w.hubs.managed.id, { desks: 1 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete a hub', (a) => a.delete('hubs', w.hubs.managed.id), Forbidden],
  ],

  events: [
    [PUBLIC, 'may', 'read a published public event', (a) => a.findByID('events', w.events.other.id)],
    [PUBLIC, 'may not', 'read a network event', (a) => a.findByID('events', w.events.network.id), NotFound],
    [PUBLIC, 'may not', 'read an innovation council event', (a) => a.findByID('events', w.events.council.id), NotFound],
    [PUBLIC, 'may not', 'read a draft event', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true }), NotFound],
    [PUBLIC, 'may not', 'create an event', (a) => a.create('events', eventData({ hub: w.hubs.managed.id })), Forbidden],
    [PUBLIC, 'may not', 'update an event', (a) => a.update('events', w.events.other.id, { capacity: 5 }), Forbidden],
    [PUBLIC, 'may not', 'delete an event', (a) => a.delete('events', w.events.other.id), Forbidden],

    [ADMIN, 'may', 'read a draft event', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true })],
    [ADMIN, 'may', 'create an event at any hub', (a) => a.create('events', eventData({ hub: w.hubs.other.id }))],
    [ADMIN, 'may', 'update any event', (a) => a.update('events', w.events.council.id, { capacity: 20 })],
    [ADMIN, 'may', 'delete any event', (a) => a.delete('events', w.events.council.id)],

    [MANAGER, 'may', 'read a draft event at a hub they run', (a) => a.findByID('events', w.events.managedDraft.id, { draft: true })],
    [MANAGER, 'may not', 'read a draft event at a hub they do not run', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true }), NotFound],
    [MANAGER, 'may not', 'read a network event at a hub they do not run', (a) => a.findByID('events', w.events.network.id), NotFound],
    [MANAGER, 'may', 'create an event at a hub they run', (a) => a.create('events', eventData({ hub: w.hubs.managed.id }))],
    [MANAGER, 'may not', 'create an event at a hub they do not run', (a) => a.create('events', eventData({ hub: w.hubs.other.id })), Forbidden],
    [MANAGER, 'may not', 'create an event at no hub at all', (a) => a.create('events', eventData({ venueKind: 'venue', venueName: 'Folkets hus' })), Forbidden],
    [MANAGER, 'may', 'be offered Create for events in the admin panel', (a) => a.offeredCreate('events')],
    [MANAGER, 'may', 'create a draft event at a hub they run', (a) => a.create('events', eventData({ hub: w.hubs.managed.id, _status: 'draft' }), { draft: true })],
    [MANAGER, 'may not', 'create a draft event at a hub they do not run', (a) => a.create('events', eventData({ hub: w.hubs.other.id, _status: 'draft' }), { draft: true }), Forbidden],
    [MANAGER, 'may not', 'create an empty draft event (the question the panel asks is no event)', (a) => a.create('events', { _status: 'draft' }, { draft: true }), Forbidden],
    [MANAGER, 'may not', 'create an empty event', (a) => a.create('events', {}), Forbidden],
    [COUNCIL_MANAGER, 'may not', 'be offered Create for events while running no hub', (a) => a.offeredCreate('events'), Forbidden],
    [COUNCIL_MANAGER, 'may not', 'create an event while running no hub', (a) => a.create('events', eventData({ hub: w.hubs.managed.id })), Forbidden],
    [ADMIN, 'may', 'be offered Create for events in the admin panel', (a) => a.offeredCreate('events')],
    [PUBLIC, 'may not', 'be offered Create for events', (a) => a.offeredCreate('events'), Forbidden],
    [REPRESENTATIVE, 'may not', 'be offered Create for events', (a) => a.offeredCreate('events'), Forbidden],
    [MANAGER, 'may', 'update an event at a hub they run', (a) => a.update('events', w.events.managed.id, { capacity: 30 })],
    [MANAGER, 'may not', 'update an event at a hub they do not run', (a) => a.update('events', w.events.other.id, { capacity: 1 }), Forbidden],
    [MANAGER, 'may not', 'move their own event to a hub they do not run', (a) => a.update('events', w.events.managed.id, { hub: w.hubs.other.id }), Forbidden],
    [MANAGER, 'may', 'delete an event at a hub they run', (a) => a.delete('events', w.events.managedDraft.id)],
    [MANAGER, 'may not', 'delete an event at a hub they do not run', (a) => a.delete('events', w.events.other.id), Forbidden],

    [REPRESENTATIVE, 'may not', 'read a network event while their agency is not in the network', (a) => a.findByID('events', w.events.network.id), NotFound],
    [REPRESENTATIVE, 'may not', 'read an innovation council event without a seat', (a) => a.findByID('events', w.events.council.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may', 'read a network event', (a) => a.findByID('events', w.events.network.id)],
    [MEMBER_REPRESENTATIVE, 'may not', 'read an innovation council event without a seat', (a) => a.findByID('events', w.events.council.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may not', 'update an event', (a) => a.update('events', w.events.network.id, { capacity: 5 }), Forbidden],
    [COUNCIL_MEMBER, 'may', 'read an innovation council event', (a) => a.findByID('events', w.events.council.id)],
    [COUNCIL_MEMBER, 'may', 'read a network event', (a) => a.findByID('events', w.events.network.id)],
    [COUNCIL_MEMBER, 'may not', 'delete an event', (a) => a.delete('events', w.events.council.id), Forbidden],
    [COUNCIL_MANAGER, 'may', 'read an innovation council event', (a) => a.findByID('events', w.events.council.id)],
    [COUNCIL_MANAGER, 'may not', 'read a network event (a seat is not an agency in the network)', (a) => a.findByID('events', w.events.network.id), NotFound],
    [COUNCIL_MANAGER, 'may not', 'update a council event at a hub they do not run', (a) => a.update('events', w.events.council.id, { capacity: 5 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'read a draft event', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true }), NotFound],
    [REPRESENTATIVE, 'may not', 'create an event', (a) => a.create('events', eventData({ hub: w.hubs.managed.id })), Forbidden],
    [REPRESENTATIVE, 'may not', 'update an event', (a) => a.update('events', w.events.network.id, { capacity: 5 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete an event', (a) => a.delete('events', w.events.network.id), Forbidden],
  ],

  municipalities: [
    [PUBLIC, 'may', 'read a municipality', (a) => a.findByID('municipalities', w.municipality.id)],
    [PUBLIC, 'may not', 'create a municipality', (a) => a.create('municipalities', municipalityData()), Forbidden],
    [PUBLIC, 'may not', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { seat: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a municipality', (a) => a.delete('municipalities', w.municipality.id), Forbidden],
    [ADMIN, 'may', 'create a municipality', (a) => a.create('municipalities', municipalityData())],
    [ADMIN, 'may', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { roadKmToOstersund: 105 })],
    [ADMIN, 'may', 'delete a municipality without hubs', (a) => a.delete('municipalities', w.emptyMunicipality.id)],
    [MANAGER, 'may', 'read a municipality', (a) => a.findByID('municipalities', w.municipality.id)],
    [MANAGER, 'may not', 'create a municipality', (a) => a.create('municipalities', municipalityData()), Forbidden],
    [MANAGER, 'may not', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { seat: 'X' }), Forbidden],
    [MANAGER, 'may not', 'delete a municipality', (a) => a.delete('municipalities', w.municipality.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read a municipality', (a) => a.findByID('municipalities', w.municipality.id)],
    [REPRESENTATIVE, 'may not', 'create a municipality', (a) => a.create('municipalities', municipalityData()), Forbidden],
    [REPRESENTATIVE, 'may not', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { seat: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete a municipality', (a) => a.delete('municipalities', w.municipality.id), Forbidden],
  ],

  'community-managers': [
    [PUBLIC, 'may', 'read a community manager’s profile', (a) => a.findByID('community-managers', w.profiles.manager.id)],
    [PUBLIC, 'may not', 'create a profile', (a) => a.create('community-managers', communityManagerData()), Forbidden],
    [PUBLIC, 'may not', 'update a profile', (a) => a.update('community-managers', w.profiles.manager.id, { bio: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a profile', (a) => a.delete('community-managers', w.profiles.manager.id), Forbidden],
    [ADMIN, 'may', 'create a profile', (a) => a.create('community-managers', communityManagerData())],
    [ADMIN, 'may', 'update any profile', (a) => a.update('community-managers', w.profiles.otherManager.id, { title: 'Värd' })],
    [ADMIN, 'may', 'delete a profile', (a) => a.delete('community-managers', w.profiles.otherManager.id)],
    [MANAGER, 'may', 'update their own profile', (a) => a.update('community-managers', w.profiles.manager.id, { bio: 'Välkommen!' })],
    [MANAGER, 'may not', 'update someone else’s profile', (a) => a.update('community-managers', w.profiles.otherManager.id, { bio: 'X' }), Forbidden],
    [MANAGER, 'may not', 'create a profile', (a) => a.create('community-managers', communityManagerData()), Forbidden],
    [MANAGER, 'may not', 'delete their own profile', (a) => a.delete('community-managers', w.profiles.manager.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read a community manager’s profile', (a) => a.findByID('community-managers', w.profiles.manager.id)],
    [REPRESENTATIVE, 'may not', 'create a profile', (a) => a.create('community-managers', communityManagerData()), Forbidden],
    [REPRESENTATIVE, 'may not', 'update a profile', (a) => a.update('community-managers', w.profiles.manager.id, { bio: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete a profile', (a) => a.delete('community-managers', w.profiles.manager.id), Forbidden],
  ],

  agencies: [
    [PUBLIC, 'may', 'read an agency that is a member of the network', (a) => a.findByID('agencies', w.agencies.member.id)],
    [PUBLIC, 'may not', 'read an agency that has only applied', (a) => a.findByID('agencies', w.agencies.own.id), NotFound],
    [PUBLIC, 'may not', 'create an agency', (a) => a.create('agencies', agencyData()), Forbidden],
    [PUBLIC, 'may not', 'update an agency', (a) => a.update('agencies', w.agencies.member.id, { staffInCounty: 1 }), Forbidden],
    [PUBLIC, 'may not', 'delete an agency', (a) => a.delete('agencies', w.agencies.member.id), Forbidden],
    [ADMIN, 'may', 'read an agency that has only applied', (a) => a.findByID('agencies', w.agencies.other.id)],
    [ADMIN, 'may', 'create an agency', (a) => a.create('agencies', agencyData())],
    [ADMIN, 'may', 'update any agency', (a) => a.update('agencies', w.agencies.other.id, { membershipStatus: 'member' })],
    [ADMIN, 'may', 'delete an agency', (a) => a.delete('agencies', w.agencies.member.id)],
    [MANAGER, 'may', 'read a member agency', (a) => a.findByID('agencies', w.agencies.member.id)],
    [MANAGER, 'may not', 'read an agency that has only applied', (a) => a.findByID('agencies', w.agencies.own.id), NotFound],
    [MANAGER, 'may not', 'create an agency', (a) => a.create('agencies', agencyData()), Forbidden],
    [MANAGER, 'may not', 'update an agency', (a) => a.update('agencies', w.agencies.member.id, { staffInCounty: 1 }), Forbidden],
    [MANAGER, 'may not', 'delete an agency', (a) => a.delete('agencies', w.agencies.member.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read their own agency before it is a member', (a) => a.findByID('agencies', w.agencies.own.id)],
    [REPRESENTATIVE, 'may not', 'read another agency that has only applied', (a) => a.findByID('agencies', w.agencies.other.id), NotFound],
    [REPRESENTATIVE, 'may', 'update their own agency', (a) => a.update('agencies', w.agencies.own.id, { staffInCounty: 140 })],
    [REPRESENTATIVE, 'may not', 'update another agency', (a) => a.update('agencies', w.agencies.member.id, { staffInCounty: 1 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'create an agency', (a) => a.create('agencies', agencyData()), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete their own agency', (a) => a.delete('agencies', w.agencies.own.id), Forbidden],
  ],

  registrations: [
    [PUBLIC, 'may not', 'read a registration', (a) => a.findByID('registrations', w.registrations.atManagedHub.id), Forbidden],
    [PUBLIC, 'may not', 'list registrations', (a) => a.find('registrations'), Forbidden],
    [PUBLIC, 'may not', 'create a registration directly', (a) => a.create('registrations', registrationData({ event: w.events.other.id })), Forbidden],
    [PUBLIC, 'may not', 'update a registration', (a) => a.update('registrations', w.registrations.atManagedHub.id, { name: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a registration', (a) => a.delete('registrations', w.registrations.atManagedHub.id), Forbidden],
    [ADMIN, 'may', 'read any registration', (a) => a.findByID('registrations', w.registrations.atOtherHub.id)],
    [ADMIN, 'may', 'create a registration', (a) => a.create('registrations', registrationData({ event: w.events.other.id }))],
    [ADMIN, 'may', 'update any registration', (a) => a.update('registrations', w.registrations.atOtherHub.id, { status: 'cancelled' })],
    [ADMIN, 'may', 'delete any registration', (a) => a.delete('registrations', w.registrations.atOtherHub.id)],
    [MANAGER, 'may', 'read a registration for an event at a hub they run', (a) => a.findByID('registrations', w.registrations.atManagedHub.id)],
    [MANAGER, 'may not', 'read a registration for another hub’s event', (a) => a.findByID('registrations', w.registrations.atOtherHub.id), NotFound],
    [MANAGER, 'may not', 'create a registration directly', (a) => a.create('registrations', registrationData({ event: w.events.managed.id })), Forbidden],
    [MANAGER, 'may not', 'update a registration', (a) => a.update('registrations', w.registrations.atManagedHub.id, { name: 'X' }), Forbidden],
    [MANAGER, 'may not', 'delete a registration', (a) => a.delete('registrations', w.registrations.atManagedHub.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read their own registration', (a) => a.findByID('registrations', w.registrations.atManagedHub.id)],
    [REPRESENTATIVE, 'may not', 'read someone else’s registration', (a) => a.findByID('registrations', w.registrations.atOtherHub.id), NotFound],
    [REPRESENTATIVE, 'may', 'update their own registration', (a) => a.update('registrations', w.registrations.atManagedHub.id, { name: 'Anna Svensson' })],
    [REPRESENTATIVE, 'may not', 'update someone else’s registration', (a) => a.update('registrations', w.registrations.atOtherHub.id, { name: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'create a registration directly', (a) => a.create('registrations', registrationData({ event: w.events.network.id })), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete their own registration', (a) => a.delete('registrations', w.registrations.atManagedHub.id), Forbidden],
  ],

  'agency-applications': [
    ...([PUBLIC, MANAGER] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'read an agency application', (a) => a.findByID('agency-applications', w.application.id), Forbidden],
    ]),
    ...([PUBLIC, MANAGER, REPRESENTATIVE, MEMBER_REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'create an agency application directly', (a) => a.create('agency-applications', agencyApplicationData()), Forbidden],
      [actor, 'may not', 'update an agency application', (a) => a.update('agency-applications', w.application.id, { contactName: 'Ändrad' }), Forbidden],
      [actor, 'may not', 'delete an agency application', (a) => a.delete('agency-applications', w.application.id), Forbidden],
    ]),
    [REPRESENTATIVE, 'may not', 'read another agency’s application', (a) => a.findByID('agency-applications', w.application.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may', 'read a confirmed request to become another representative of their agency', (a) => a.findByID('agency-applications', w.addRepresentative.id)],
    [MEMBER_REPRESENTATIVE, 'may not', 'read a request for their agency that is not yet confirmed', (a) => a.findByID('agency-applications', w.addRepresentativePending.id), NotFound],
    [REPRESENTATIVE, 'may not', 'read a request to join another agency', (a) => a.findByID('agency-applications', w.addRepresentative.id), NotFound],
    [ADMIN, 'may', 'read an agency application', (a) => a.findByID('agency-applications', w.application.id)],
    [ADMIN, 'may', 'create an agency application', (a) => a.create('agency-applications', agencyApplicationData())],
    [ADMIN, 'may', 'correct an agency application', (a) => a.update('agency-applications', w.application.id, { contactPhone: '063-11 22 33' })],
    [ADMIN, 'may', 'delete an agency application', (a) => a.delete('agency-applications', w.application.id)],
  ],

  'council-applications': [
    [PUBLIC, 'may not', 'read a council application', (a) => a.findByID('council-applications', w.councilApplication.id), Forbidden],
    [MANAGER, 'may not', 'read someone else’s council application', (a) => a.findByID('council-applications', w.councilApplication.id), NotFound],
    [REPRESENTATIVE, 'may not', 'read someone else’s council application', (a) => a.findByID('council-applications', w.councilApplication.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may', 'read their own council application', (a) => a.findByID('council-applications', w.councilApplication.id)],
    // Only the site's service makes them (it checks who may apply and tells region staff).
    [ADMIN, 'may not', 'create a council application directly', (a) => a.create('council-applications', { user: w.users.memberRepresentative.id, organisation: 'x', motivation: 'x', contribution: 'x' }), Forbidden],
    ...([PUBLIC, MANAGER, REPRESENTATIVE, MEMBER_REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'create a council application directly', (a) => a.create('council-applications', { user: w.users.memberRepresentative.id, organisation: 'x', motivation: 'x', contribution: 'x' }), Forbidden],
      [actor, 'may not', 'update a council application', (a) => a.update('council-applications', w.councilApplication.id, { organisation: 'Ändrad' }), Forbidden],
      [actor, 'may not', 'delete a council application', (a) => a.delete('council-applications', w.councilApplication.id), Forbidden],
    ]),
    [ADMIN, 'may', 'read any council application', (a) => a.findByID('council-applications', w.councilApplication.id)],
    [ADMIN, 'may', 'correct a council application', (a) => a.update('council-applications', w.councilApplication.id, { organisation: 'Arbetsförmedlingen' })],
    [ADMIN, 'may', 'delete a council application', (a) => a.delete('council-applications', w.councilApplication.id)],
  ],

  media: [
    [PUBLIC, 'may', 'read an image', (a) => a.findByID('media', w.media.byAdmin.id)],
    [PUBLIC, 'may not', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() }), Forbidden],
    [PUBLIC, 'may not', 'update an image', (a) => a.update('media', w.media.byAdmin.id, { alt: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete an image', (a) => a.delete('media', w.media.byAdmin.id), Forbidden],
    [ADMIN, 'may', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() })],
    [ADMIN, 'may', 'update anyone’s image', (a) => a.update('media', w.media.byManager.id, { credit: 'Region JH' })],
    [ADMIN, 'may', 'delete anyone’s image', (a) => a.delete('media', w.media.byManager.id)],
    [MANAGER, 'may', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() })],
    [MANAGER, 'may', 'update an image they uploaded', (a) => a.update('media', w.media.byManager.id, { credit: 'Egen bild' })],
    [MANAGER, 'may not', 'update an image someone else uploaded', (a) => a.update('media', w.media.byAdmin.id, { alt: 'X' }), Forbidden],
    [MANAGER, 'may', 'delete an image they uploaded', (a) => a.delete('media', w.media.byManager.id)],
    [MANAGER, 'may not', 'delete an image someone else uploaded', (a) => a.delete('media', w.media.byAdmin.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read an image', (a) => a.findByID('media', w.media.byAdmin.id)],
    [REPRESENTATIVE, 'may not', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() }), Forbidden],
    [REPRESENTATIVE, 'may not', 'update an image', (a) => a.update('media', w.media.byManager.id, { alt: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete an image', (a) => a.delete('media', w.media.byManager.id), Forbidden],
  ],

  users: [
    [PUBLIC, 'may not', 'read a user', (a) => a.findByID('users', w.users.manager.id), Forbidden],
    [PUBLIC, 'may not', 'list users', (a) => a.find('users'), Forbidden],
    [PUBLIC, 'may not', 'create a user', (a) => a.create('users', userData('agency-representative')), Forbidden],
    [PUBLIC, 'may not', 'update a user', (a) => a.update('users', w.users.manager.id, { name: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a user', (a) => a.delete('users', w.users.manager.id), Forbidden],
    [ADMIN, 'may', 'read any user', (a) => a.findByID('users', w.users.representative.id)],
    [ADMIN, 'may', 'create a user with any role', (a) => a.create('users', userData('admin'))],
    [ADMIN, 'may', 'change a user’s role', (a) => a.update('users', w.users.representative.id, { role: 'community-manager' })],
    [ADMIN, 'may', 'delete a user', (a) => a.delete('users', w.users.otherRepresentative.id)],
    [MANAGER, 'may', 'read their own account', (a) => a.findByID('users', w.users.manager.id)],
    [MANAGER, 'may not', 'read another user', (a) => a.findByID('users', w.users.otherManager.id), NotFound],
    [MANAGER, 'may', 'update their own name', (a) => a.update('users', w.users.manager.id, { name: 'Kim Karlsson' })],
    [MANAGER, 'may not', 'update another user', (a) => a.update('users', w.users.otherManager.id, { name: 'X' }), Forbidden],
    [MANAGER, 'may not', 'create a user', (a) => a.create('users', userData('community-manager')), Forbidden],
    [MANAGER, 'may not', 'delete their own account', (a) => a.delete('users', w.users.manager.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read their own account', (a) => a.findByID('users', w.users.representative.id)],
    [REPRESENTATIVE, 'may not', 'read another user', (a) => a.findByID('users', w.users.otherRepresentative.id), NotFound],
    [REPRESENTATIVE, 'may', 'update their own name', (a) => a.update('users', w.users.representative.id, { name: 'Alex Berg' })],
    [REPRESENTATIVE, 'may not', 'update another user', (a) => a.update('users', w.users.manager.id, { name: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'create a user', (a) => a.create('users', userData('agency-representative')), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete their own account', (a) => a.delete('users', w.users.representative.id), Forbidden],
  ],

  'mail-outbox': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'read outgoing mail', (a) => a.findByID('mail-outbox', w.mail.id), Forbidden],
      [actor, 'may not', 'list outgoing mail', (a) => a.find('mail-outbox'), Forbidden],
      [actor, 'may not', 'delete outgoing mail', (a) => a.delete('mail-outbox', w.mail.id), Forbidden],
    ]),
    ...([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'write a message into the outbox', (a) => a.create('mail-outbox', { to: 'x@example.org', subject: 'X', text: 'X', kind: 'x' }), Forbidden],
      [actor, 'may not', 'change a message in the outbox', (a) => a.update('mail-outbox', w.mail.id, { to: 'attacker@example.org' }), Forbidden],
    ]),
    [ADMIN, 'may', 'read outgoing mail', (a) => a.findByID('mail-outbox', w.mail.id)],
    [ADMIN, 'may', 'delete outgoing mail', (a) => a.delete('mail-outbox', w.mail.id)],
  ],

  'accessibility-reports': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'read an accessibility report (it may hold a name and e-mail)', (a) => a.findByID('accessibility-reports', w.report.id), Forbidden],
      [actor, 'may not', 'list accessibility reports', (a) => a.find('accessibility-reports'), Forbidden],
      [actor, 'may not', 'create a report directly (the site’s form does)', (a) => a.create('accessibility-reports', { page: '/x', description: 'y' }), Forbidden],
      [actor, 'may not', 'update an accessibility report', (a) => a.update('accessibility-reports', w.report.id, { status: 'resolved' }), Forbidden],
      [actor, 'may not', 'delete an accessibility report', (a) => a.delete('accessibility-reports', w.report.id), Forbidden],
    ]),
    [ADMIN, 'may', 'read an accessibility report', (a) => a.findByID('accessibility-reports', w.report.id)],
    [ADMIN, 'may', 'create an accessibility report', (a) => a.create('accessibility-reports', { page: '/x', description: 'y' })],
    [ADMIN, 'may', 'mark a report resolved', (a) => a.update('accessibility-reports', w.report.id, { status: 'resolved', notes: 'Åtgärdat.' })],
    [ADMIN, 'may', 'delete an accessibility report', (a) => a.delete('accessibility-reports', w.report.id)],
  ],

  'payload-jobs': ([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
    [actor, 'may not', 'read a queued job', (a) => a.findByID('payload-jobs', Number(w.job.id)), Forbidden],
    [actor, 'may not', 'queue a job directly', (a) => a.create('payload-jobs', { taskSlug: 'deliverMail', input: { messageId: 1 } }), Forbidden],
    [actor, 'may not', 'change a queued job', (a) => a.update('payload-jobs', Number(w.job.id), { processing: true }), Forbidden],
    [actor, 'may not', 'delete a queued job', (a) => a.delete('payload-jobs', Number(w.job.id)), Forbidden],
  ]),

  versions: [
    ...([PUBLIC, REPRESENTATIVE, MEMBER_REPRESENTATIVE, COUNCIL_MEMBER] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'list event versions (drafts and closed meetings)', (a) => a.findVersions('events'), Forbidden],
      [actor, 'may not', 'list hub versions', (a) => a.findVersions('hubs'), Forbidden],
      [actor, 'may not', 'list the innovation council page’s versions', (a) => a.findGlobalVersions(), Forbidden],
    ]),
    [MANAGER, 'may', 'list versions of events at the hubs they run', (a) => a.findVersions('events')],
    [MANAGER, 'may not', 'list the innovation council page’s versions', (a) => a.findGlobalVersions(), Forbidden],
    [COUNCIL_MANAGER, 'may not', 'list the innovation council page’s versions', (a) => a.findGlobalVersions(), Forbidden],
    [ADMIN, 'may', 'list every event’s versions', (a) => a.findVersions('events')],
    [ADMIN, 'may', 'list the innovation council page’s versions', (a) => a.findGlobalVersions()],
  ],

  'users (unlock)': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'unlock an account', (a) => a.unlock(w.users.admin.email), Forbidden],
    ),
    [REPRESENTATIVE, 'may not', 'unlock even their own account', (a) => a.unlock(w.users.representative.email), Forbidden],
    [ADMIN, 'may', 'unlock an account', (a) => a.unlock(w.users.representative.email)],
  ],

  'payload-locked-documents': [
    [PUBLIC, 'may not', 'list document locks', (a) => a.find('payload-locked-documents' as CollectionSlug), Forbidden],
    [PUBLIC, 'may not', 'lock a document', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.manager.id)), Forbidden],
    [REPRESENTATIVE, 'may not', 'lock a document in another user’s name', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.manager.id)), Forbidden],
    [REPRESENTATIVE, 'may not', 'lock in their own name a document they cannot edit', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.representative.id)), Forbidden],
    [REPRESENTATIVE, 'may not', 'lock the innovation council page', (a) => a.create('payload-locked-documents' as CollectionSlug, { globalSlug: 'innovation-council', user: { relationTo: 'users', value: w.users.representative.id } }), Forbidden],
    [MANAGER, 'may', 'lock in their own name an event at a hub they run', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('events', w.events.managed.id, w.users.manager.id))],
    [MANAGER, 'may not', 'lock in their own name an event at a hub they do not run', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('events', w.events.other.id, w.users.manager.id)), Forbidden],
    [MANAGER, 'may not', 'delete a lock someone else holds', (a) => a.delete('payload-locked-documents' as CollectionSlug, w.lock.id), Forbidden],
    [MANAGER, 'may not', 'take over a lock someone else holds', (a) => a.update('payload-locked-documents' as CollectionSlug, w.lock.id, { user: { relationTo: 'users', value: w.users.manager.id } }), Forbidden],
    [ADMIN, 'may', 'lock a document in their own name', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.admin.id))],
    [ADMIN, 'may', 'delete anyone’s lock', (a) => a.delete('payload-locked-documents' as CollectionSlug, w.lock.id)],
  ],

  'payload-preferences': [
    [PUBLIC, 'may not', 'read admin-panel preferences', (a) => a.find('payload-preferences' as CollectionSlug), Forbidden],
    [REPRESENTATIVE, 'may not', 'read another user’s preferences', (a) => a.findByID('payload-preferences' as CollectionSlug, w.preference.id), NotFound],
    [REPRESENTATIVE, 'may not', 'change another user’s preferences', (a) => a.update('payload-preferences' as CollectionSlug, w.preference.id, { value: { open: false } }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete another user’s preferences', (a) => a.delete('payload-preferences' as CollectionSlug, w.preference.id), Forbidden],
    [ADMIN, 'may not', 'read another user’s preferences either', (a) => a.findByID('payload-preferences' as CollectionSlug, w.preference.id), NotFound],
  ],

  'payload-jobs-stats (global)': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'read the job statistics', (a) => a.findGlobal({ slug: 'payload-jobs-stats' }), Forbidden],
    ),
    ...([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'change the job statistics', (a) => a.updateGlobal({ stats: {} }, 'payload-jobs-stats'), Forbidden],
    ),
    [ADMIN, 'may', 'read the job statistics', (a) => a.findGlobal({ slug: 'payload-jobs-stats' })],
  ],

  'payload-migrations': ([PUBLIC, MANAGER, REPRESENTATIVE, ADMIN] as const).flatMap((actor): Rule[] => [
    ...(actor === ADMIN ? [] : [[actor, 'may not', 'list applied migrations', (a: Api) => a.find('payload-migrations' as CollectionSlug), Forbidden] as Rule]),
    [actor, 'may not', 'record a migration', (a) => a.create('payload-migrations' as CollectionSlug, { name: 'x', batch: 99 }), Forbidden],
    [actor, 'may not', 'delete a migration record', (a) => a.delete('payload-migrations' as CollectionSlug, 1), Forbidden],
  ]),

  'innovation-council (global)': [
    ...([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may', 'read the innovation council page', (a) => a.findGlobal()],
    ),
    [ADMIN, 'may', 'update the innovation council page', (a) => a.updateGlobal({ seats: 14 })],
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'update the innovation council page', (a) => a.updateGlobal({ seats: 1 }), Forbidden],
    ),
  ],
}

describe.each(Object.entries(matrix))('%s', (_, rules) => {
  for (const [actor, verdict, what, act, refusal] of rules) {
    const name = verdict === 'may' ? `${actor} may ${what}` : `${actor} may not ${what} (${refusal!.name})`
    test(name, async () => {
      const outcome = await act(as(actor))
      if (verdict === 'may') {
        if (!outcome.ok) throw outcome.error
        return
      }
      expect(outcome.ok, 'the call should have been refused').toBe(false)
      expect((outcome as { error: unknown }).error).toBeInstanceOf(refusal!)
    })
  }
})

// Rules that filter rows or fields rather than refuse ----------------------------------------
