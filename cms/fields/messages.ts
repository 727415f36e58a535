/**
 * Validation messages in both languages. Payload validators return one string, so
 * both are given, Swedish first, which is what editors and API clients see.
 */
export const messages = {
  required: 'Obligatoriskt fält. / This field is required.',
  altText:
    'Skriv en alternativtext: beskriv vad bilden visar för den som inte ser den. / Write an alternative text: describe what the image shows for people who cannot see it.',
  latitude: 'Latitud måste vara ett tal mellan -90 och 90. / Latitude must be a number between -90 and 90.',
  longitude: 'Longitud måste vara ett tal mellan -180 och 180. / Longitude must be a number between -180 and 180.',
  slug: 'Sluggen får bara innehålla a–z, 0–9 och bindestreck. / The slug may only contain a–z, 0–9 and hyphens.',
  orgNumberFormat:
    'Organisationsnumret ska ha formen NNNNNN-NNNN. / The organisation number must look like NNNNNN-NNNN.',
  orgNumberChecksum:
    'Organisationsnumrets kontrollsiffra stämmer inte. / The organisation number’s check digit is wrong.',
  endBeforeStart: 'Sluttiden måste vara efter starttiden. / The end must be after the start.',
  clockTime: 'Ange tid som TT:MM, till exempel 08:30. / Give the time as HH:MM, for example 08:30.',
  intervalOrder: 'Stängningstiden måste vara efter öppningstiden. / Closing time must be after opening time.',
  url: 'Ange en fullständig adress som börjar med https://. / Give a full address starting with https://.',
  email: 'Ange en giltig e-postadress. / Give a valid e-mail address.',
  venue: 'Ange hubb, annan plats eller länk för onlinemöte. / Give a hub, another venue or an online link.',
  hubRequired: 'Välj hubben där evenemanget äger rum. / Choose the hub where the event takes place.',
  eventHasRegistrations:
    'Evenemanget har anmälningar och kan inte tas bort. Ställ in det i stället. / The event has registrations and cannot be deleted. Cancel it instead.',
  municipalityHasHubs:
    'Kommunen har hubbar och kan inte tas bort. Flytta eller ta bort hubbarna först. / The municipality has hubs and cannot be deleted. Move or delete its hubs first.',
  recurrenceUntil:
    'Sista dagen måste vara samma dag som starten eller senare. / The last day must be on or after the start.',
  structuredNull:
    'Fältet kan inte vara null: utelämna det eller skicka ett värde. / The field cannot be null: leave it out or send a value.',
} as const

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export function isEmail(value: unknown): boolean {
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
}
