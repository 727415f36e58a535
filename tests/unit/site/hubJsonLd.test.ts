import { describe, expect, it } from 'vitest'
import { hubPlaceJsonLd, serializeJsonLd, type HubForJsonLd } from '../../../site/features/hubs/hubJsonLd.ts'

const hub: HubForJsonLd = {
  name: 'Fjällhubben',
  summary: 'En hubb i Funäsdalen.',
  address: { street: 'Rörosvägen 1', postalCode: '840 95', locality: 'Funäsdalen' },
  lat: 62.543,
  lng: 12.547,
  openingHours: [
    { day: 'tue', opens: '08:00', closes: '17:00' },
    { day: 'mon', opens: '13:00', closes: '17:00' },
    { day: 'mon', opens: '08:00', closes: '12:00' },
    { day: 'fri', opens: '18:00', closes: '00:00' },
  ],
  openingExceptions: [
    { date: '2026-12-24T00:00:00.000Z', closed: true, note: 'Julafton' },
    { date: '2026-12-28', closed: false, opens: '10:00', closes: '14:00' },
    { date: '2026-01-01', closed: true },
  ],
}

describe('hubPlaceJsonLd', () => {
  const place = hubPlaceJsonLd(hub, 'https://example.se/hubbar/fjallhubben', '2026-11-22')

  it('is a schema.org Place with name, url, PostalAddress and GeoCoordinates', () => {
    expect(place).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Fjällhubben',
      url: 'https://example.se/hubbar/fjallhubben',
      description: 'En hubb i Funäsdalen.',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Rörosvägen 1',
        postalCode: '840 95',
        addressLocality: 'Funäsdalen',
        addressCountry: 'SE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 62.543, longitude: 12.547 },
    })
  })

  it('lists weekly hours Monday first, one specification per interval, midnight as 23:59', () => {
    const weekly = (place.openingHoursSpecification as Array<Record<string, string>>).filter((s) => s.dayOfWeek)
    expect(weekly).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '08:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '13:00', closes: '17:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Tuesday', opens: '08:00', closes: '17:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Friday', opens: '18:00', closes: '23:59' },
    ])
  })

  it('gives upcoming exceptions as dated specifications, a closed day as 00:00–00:00', () => {
    const special = (place.openingHoursSpecification as Array<Record<string, string>>).filter((s) => s.validFrom)
    expect(special).toEqual([
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-28', validThrough: '2026-12-28', opens: '10:00', closes: '14:00' },
    ])
  })

  it('leaves out what the hub does not have', () => {
    const bare = hubPlaceJsonLd({ name: 'X', address: { street: 'Gatan 1', locality: 'Ort' }, lat: null, lng: null }, '/hubbar/x')
    expect(bare).not.toHaveProperty('geo')
    expect(bare).not.toHaveProperty('openingHoursSpecification')
    expect(bare).not.toHaveProperty('description')
    expect(bare.address).not.toHaveProperty('postalCode')
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script><!-- & \u2028' }
    const text = serializeJsonLd(value)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(value)
  })
})
