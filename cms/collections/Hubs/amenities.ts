// The vocabulary lives in cms/domain, the site's public face of cms/; the site's components
// still import it from here until they move there too.
export { AMENITIES, AMENITY_KEYS, type Amenity } from '../../domain/amenities.ts'
