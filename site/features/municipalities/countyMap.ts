/**
 * The county map, drawn by the project itself: municipal boundaries (GeoJSON, longitude
 * first) projected to SVG coordinates, with hubs placed by lat/lng. Pure, so it is unit
 * tested; no tiles or scripts from anywhere else.
 */
type Ring = Array<[number, number]>
type PolygonCoords = Ring[]

export interface BoundaryFeature {
  properties: { name: string; code: string }
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] }
}

export interface MapArea {
  name: string
  code: string
  /** SVG path data for every polygon of the municipality. */
  d: string
  /** A point inside the bounding box's centre of the largest polygon, for a label. */
  label: { x: number; y: number }
}

export interface CountyMap {
  width: number
  height: number
  areas: MapArea[]
  project: (lat: number, lng: number) => { x: number; y: number }
}

/**
 * Equirectangular projection scaled by cos(mid-latitude): at 61–65°N this keeps shapes
 * close to what people know from maps, without a projection library.
 */
export function buildCountyMap(features: BoundaryFeature[], width = 600): CountyMap {
  const polygons = (f: BoundaryFeature): PolygonCoords[] =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
  let minLng = Infinity
  let maxLng = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (const f of features)
    for (const polygon of polygons(f))
      for (const [lng, lat] of polygon[0]) {
        minLng = Math.min(minLng, lng)
        maxLng = Math.max(maxLng, lng)
        minLat = Math.min(minLat, lat)
        maxLat = Math.max(maxLat, lat)
      }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const scale = width / ((maxLng - minLng) * kx)
  const height = Math.ceil((maxLat - minLat) * scale)
  const round = (n: number) => Math.round(n * 10) / 10
  const project = (lat: number, lng: number) => ({ x: round((lng - minLng) * kx * scale), y: round((maxLat - lat) * scale) })

  const ringPath = (ring: Ring): string => {
    const points: string[] = []
    let last = ''
    for (const [lng, lat] of ring) {
      const { x, y } = project(lat, lng)
      const point = `${x} ${y}`
      // Points that land on the same tenth of a pixel add bytes and nothing else.
      if (point !== last) points.push(point)
      last = point
    }
    return `M${points.join('L')}Z`
  }

  const areas = features.map((f) => {
    const all = polygons(f)
    const largest = all.reduce((a, b) => (b[0].length > a[0].length ? b : a))
    const xs = largest[0].map(([lng, lat]) => project(lat, lng))
    const box = {
      minX: Math.min(...xs.map((p) => p.x)),
      maxX: Math.max(...xs.map((p) => p.x)),
      minY: Math.min(...xs.map((p) => p.y)),
      maxY: Math.max(...xs.map((p) => p.y)),
    }
    return {
      name: f.properties.name,
      code: f.properties.code,
      d: all.map((polygon) => polygon.map(ringPath).join('')).join(''),
      label: { x: round((box.minX + box.maxX) / 2), y: round((box.minY + box.maxY) / 2) },
    }
  })
  return { width, height, areas, project }
}
