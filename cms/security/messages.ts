/**
 * The edge's refusals. The server does not know the editor's language before Payload reads
 * the request, so each message carries both, like the CMS's validation messages.
 */
const both = (sv: string, en: string) => `${sv} / ${en}`

const mib = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`

export const edgeMessages = {
  method: both('Metoden stöds inte här.', 'This method is not supported here.'),
  lengthRequired: both('Ange förfrågans längd (Content-Length).', 'State the length of the request (Content-Length).'),
  tooLarge: (limit: number) => both(`Förfrågan är för stor (högst ${mib(limit)}).`, `The request is too large (at most ${mib(limit)}).`),
  foreignOrigin: both(
    'Ändringen kom från en annan webbplats och avvisades. Gör ändringen i adminpanelen.',
    'The change came from another site and was refused. Make it in the admin panel.',
  ),
}
