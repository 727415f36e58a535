import { defineText } from '../../lib/text.ts'

/** Interface text for the open data page. */
export const openDataText = defineText(
  {
  title: 'Öppna data',
  lead: 'Alla publicerade hubbar finns som en öppen datamängd som vem som helst får hämta, använda och dela vidare.',
  datasetHeading: 'Hubbarna som GeoJSON',
  download: 'Hämta hubbar.geojson',
  format:
    'Formatet är GeoJSON enligt RFC 7946 (mediatyp application/geo+json). Varje hubb är en punkt med koordinaterna i WGS 84, longitud före latitud.',
  fieldsHeading: 'Fält för varje hubb',
  fields: [
    ['name', 'hubbens namn'],
    ['slug', 'kort namn som används i adressen'],
    ['url', 'hubbens sida på den här webbplatsen'],
    ['municipality', 'kommunen'],
    ['locality', 'orten'],
    ['address', 'besöksadressen på en rad'],
    ['amenities', 'faciliteter, som koder (till exempel wifi, quiet-room)'],
    ['desks', 'antal arbetsplatser'],
    ['dayPassPriceSek', 'pris för ett dagskort i kronor, 0 betyder gratis'],
  ] as Array<[string, string]>,
  updates: 'Filen skapas från webbplatsens publicerade innehåll vid varje hämtning, så den är alltid aktuell.',
  licenceHeading: 'Licens',
  licence:
    'Webbplatsen har valt att ge ut datamängden under CC0 1.0 (ingen upphovsrätt förbehållen): du får använda den fritt, också kommersiellt, utan att ange källa. Vi uppskattar ändå om du nämner Co-working Region.',
  demoNote: 'Just nu innehåller datamängden exempeluppgifter (demo) om öppettider, priser och utrustning som inte är verifierade.',
  },
  {
  title: 'Open data',
  lead: 'All published hubs are available as an open dataset that anyone may download, use and share.',
  datasetHeading: 'The hubs as GeoJSON',
  download: 'Download hubbar.geojson',
  format:
    'The format is GeoJSON as in RFC 7946 (media type application/geo+json). Each hub is a point with WGS 84 coordinates, longitude before latitude.',
  fieldsHeading: 'Fields for each hub',
  fields: [
    ['name', 'the hub’s name'],
    ['slug', 'short name used in the address'],
    ['url', 'the hub’s page on this website (in Swedish)'],
    ['municipality', 'the municipality'],
    ['locality', 'the locality'],
    ['address', 'the visiting address on one line'],
    ['amenities', 'amenities, as codes (for example wifi, quiet-room)'],
    ['desks', 'number of desks'],
    ['dayPassPriceSek', 'price of a day pass in Swedish kronor, 0 means free'],
  ] as Array<[string, string]>,
  updates: 'The file is built from the website’s published content on every download, so it is always current.',
  licenceHeading: 'Licence',
  licence:
    'This website has chosen to publish the dataset under CC0 1.0 (no rights reserved): you may use it freely, commercially too, without attribution. We still appreciate a mention of Co-working Region.',
  demoNote: 'For now the dataset contains example (demo) opening hours, prices and equipment that have not been verified.',
  },
)
