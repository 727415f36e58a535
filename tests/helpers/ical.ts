/**
 * Reads iCalendar text back with ical.js, an independent parser, so tests check what a
 * calendar client would see rather than what the builder meant to write.
 */
import ICAL from 'ical.js'

export interface ParsedCalendar {
  calendar: ICAL.Component
  events: ICAL.Component[]
  /** Events by SUMMARY; a summary the tests look up is expected to be unique. */
  bySummary(summary: string): ICAL.Component | undefined
}

export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  // Local times resolve to UTC only with their VTIMEZONE registered.
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone)
    if (!ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone)
  }
  const events = calendar.getAllSubcomponents('vevent')
  return {
    calendar,
    events,
    bySummary: (summary) => events.find((event) => event.getFirstPropertyValue('summary') === summary),
  }
}

export const textOf = (component: ICAL.Component, property: string): string | null => {
  const value = component.getFirstPropertyValue(property)
  return value == null ? null : String(value)
}

/** Unfolded content lines, for checks on the raw text (folding, injection). */
export const contentLines = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)
