import { defineText } from '../../lib/text.ts'

/** Text for the editors' preview of a draft. */
export const previewText = defineText(
  {
    banner: 'Förhandsvisning: så här blir sidan med de senast sparade ändringarna. Den syns inte för besökare förrän den publiceras.',
    invalid: 'Länken till förhandsvisningen stämmer inte. Öppna förhandsvisningen igen från redigeringsvyn.',
    expired: 'Länken till förhandsvisningen har gått ut (den gäller en timme). Öppna förhandsvisningen igen från redigeringsvyn.',
    missing: 'Det finns inget att förhandsvisa: dokumentet kan ha tagits bort.',
    title: 'Förhandsvisning',
  },
  {
    banner: 'Preview: this is how the page looks with the latest saved changes. Visitors do not see it until it is published.',
    invalid: 'The preview link is not valid. Open the preview again from the editing view.',
    expired: 'The preview link has expired (it is valid for an hour). Open the preview again from the editing view.',
    missing: 'There is nothing to preview: the document may have been deleted.',
    title: 'Preview',
  },
)
