/**
 * The `sizes` of images in the site's grids, so the browser picks the narrowest `srcset` file
 * that fills its slot. Written from the CSS: the card grid (`.card-grid`, columns of at least
 * 19rem in a 72rem page) and the gallery (`.gallery`, columns of at least 18rem in a section
 * at most 44rem wide).
 */
export const CARD_IMAGE_SIZES = '(min-width: 62rem) 23rem, (min-width: 41rem) 50vw, 100vw'
export const GALLERY_IMAGE_SIZES = '(min-width: 46rem) 22rem, (min-width: 39rem) 50vw, 100vw'
