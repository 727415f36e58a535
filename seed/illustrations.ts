/**
 * Demo photos for the hubs' galleries. There are no real photos of the hubs in the region's
 * facts, so the seed draws simple illustrations of its own (a desk room, a meeting room, a
 * kitchen corner, each with the hub's name) and says in the alt text that they are
 * illustrations. Nothing is copied from elsewhere. The SVG is pure; `renderIllustration`
 * turns it into a PNG with sharp, and the upload makes the sizes.
 */
import sharp from 'sharp'

export const ILLUSTRATION_WIDTH = 1600
export const ILLUSTRATION_HEIGHT = 1000

export type IllustrationKind = 'desks' | 'meeting' | 'kitchen'

export const ILLUSTRATION_KINDS: IllustrationKind[] = ['desks', 'meeting', 'kitchen']

/** Wall colours: calm, and dark text on them keeps a contrast above 4.5:1. */
const PALETTES = [
  { wall: '#dbe8e4', floor: '#b9a27f', accent: '#1f6f5c' },
  { wall: '#e6e1f0', floor: '#a88f6c', accent: '#4b3f8f' },
  { wall: '#f1e6d6', floor: '#9c8466', accent: '#8a4b1f' },
  { wall: '#dfe7f1', floor: '#b39a78', accent: '#1f4f8a' },
]

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function windowWithFells(x: number, y: number): string {
  return `<g>
    <rect x="${x}" y="${y}" width="420" height="300" fill="#f7fbff" stroke="#6b6b6b" stroke-width="10"/>
    <polygon points="${x + 5},${y + 250} ${x + 120},${y + 110} ${x + 210},${y + 200} ${x + 300},${y + 90} ${x + 415},${y + 230} ${x + 415},${y + 295} ${x + 5},${y + 295}" fill="#8fb59a"/>
    <polygon points="${x + 270},${y + 125} ${x + 300},${y + 90} ${x + 330},${y + 128}" fill="#ffffff"/>
    <line x1="${x + 210}" y1="${y}" x2="${x + 210}" y2="${y + 300}" stroke="#6b6b6b" stroke-width="8"/>
  </g>`
}

function desk(x: number, accent: string): string {
  return `<g>
    <rect x="${x}" y="640" width="330" height="22" fill="#7a5c3e"/>
    <rect x="${x + 15}" y="662" width="16" height="170" fill="#5b4631"/>
    <rect x="${x + 300}" y="662" width="16" height="170" fill="#5b4631"/>
    <rect x="${x + 100}" y="520" width="150" height="100" rx="6" fill="#2d2d2d"/>
    <rect x="${x + 110}" y="530" width="130" height="80" fill="${accent}" opacity="0.8"/>
    <rect x="${x + 165}" y="620" width="20" height="20" fill="#2d2d2d"/>
    <rect x="${x + 110}" y="700" width="110" height="20" rx="8" fill="${accent}"/>
    <rect x="${x + 155}" y="720" width="16" height="110" fill="#3a3a3a"/>
  </g>`
}

function scene(kind: IllustrationKind, accent: string): string {
  switch (kind) {
    case 'desks':
      return `${windowWithFells(590, 120)}${desk(180, accent)}${desk(640, accent)}${desk(1100, accent)}`
    case 'meeting':
      return `${windowWithFells(1050, 110)}
        <rect x="140" y="150" width="520" height="300" fill="#ffffff" stroke="#6b6b6b" stroke-width="8"/>
        <line x1="190" y1="230" x2="560" y2="230" stroke="${accent}" stroke-width="14"/>
        <line x1="190" y1="290" x2="480" y2="290" stroke="#9a9a9a" stroke-width="12"/>
        <line x1="190" y1="340" x2="520" y2="340" stroke="#9a9a9a" stroke-width="12"/>
        <ellipse cx="800" cy="700" rx="430" ry="90" fill="#7a5c3e"/>
        ${[430, 620, 810, 1000, 1190].map((x) => `<rect x="${x - 45}" y="780" width="90" height="70" rx="12" fill="${accent}"/>`).join('')}`
    case 'kitchen':
      return `${windowWithFells(160, 120)}
        <rect x="700" y="560" width="760" height="270" fill="#ffffff" stroke="#6b6b6b" stroke-width="6"/>
        <rect x="700" y="540" width="760" height="30" fill="#7a5c3e"/>
        <rect x="760" y="150" width="640" height="200" fill="#ffffff" stroke="#6b6b6b" stroke-width="6"/>
        <rect x="1200" y="440" width="110" height="100" rx="10" fill="#2d2d2d"/>
        <circle cx="900" cy="515" r="26" fill="${accent}"/>
        <rect x="240" y="620" width="260" height="210" rx="30" fill="${accent}"/>
        <circle cx="600" cy="760" r="60" fill="#4f8a5b"/>
        <rect x="585" y="760" width="30" height="70" fill="#7a5c3e"/>`
  }
}

/** An illustration of one kind of room at a hub, with the hub's name on a sign. */
export function illustrationSvg(hubName: string, kind: IllustrationKind, variant: number): string {
  const palette = PALETTES[variant % PALETTES.length]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" viewBox="0 0 ${ILLUSTRATION_WIDTH} ${ILLUSTRATION_HEIGHT}">
  <rect width="1600" height="1000" fill="${palette.wall}"/>
  <rect y="830" width="1600" height="170" fill="${palette.floor}"/>
  ${scene(kind, palette.accent)}
  <rect x="60" y="880" width="${Math.min(1480, 120 + hubName.length * 34)}" height="90" rx="10" fill="#ffffff" opacity="0.92"/>
  <text x="100" y="942" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="56" font-weight="bold" fill="#1d1d1d">${escapeXml(hubName)}</text>
</svg>`
}

/** The illustration as a PNG. */
export function renderIllustration(hubName: string, kind: IllustrationKind, variant: number): Promise<Buffer> {
  return sharp(Buffer.from(illustrationSvg(hubName, kind, variant))).png({ compressionLevel: 9 }).toBuffer()
}

/** The alt text and caption of an illustration, in both languages; the alt text says it is an illustration. */
export function illustrationText(hubName: string, kind: IllustrationKind) {
  const sv = {
    desks: `Illustration (inte ett foto): ett arbetsrum med tre skrivbord och ett fönster mot fjällen, med skylten ${hubName}.`,
    meeting: `Illustration (inte ett foto): ett mötesrum med ett ovalt bord, stolar och en whiteboard, med skylten ${hubName}.`,
    kitchen: `Illustration (inte ett foto): ett kök med kaffebryggare, en soffa och en krukväxt, med skylten ${hubName}.`,
  }[kind]
  const en = {
    desks: `Illustration (not a photo): a work room with three desks and a window facing the fells, with the sign ${hubName}.`,
    meeting: `Illustration (not a photo): a meeting room with an oval table, chairs and a whiteboard, with the sign ${hubName}.`,
    kitchen: `Illustration (not a photo): a kitchen with a coffee maker, a sofa and a pot plant, with the sign ${hubName}.`,
  }[kind]
  const caption = {
    desks: { sv: 'Arbetsrummet (illustration, demo)', en: 'The work room (illustration, demo)' },
    meeting: { sv: 'Mötesrummet (illustration, demo)', en: 'The meeting room (illustration, demo)' },
    kitchen: { sv: 'Köket (illustration, demo)', en: 'The kitchen (illustration, demo)' },
  }[kind]
  return { alt: { sv, en }, caption }
}
