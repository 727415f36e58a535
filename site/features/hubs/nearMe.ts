/**
 * "Near me" on the hub directory: the browser's position written into the "near" field as
 * coordinates, which the server already reads (places.ts parseCoordinates), and the form sent.
 * Without a script or geolocation the button stays hidden and the field works as before.
 */

/** About ten metres: more would only say more about the visitor than the sorting needs. */
export function positionText(coords: { latitude: number; longitude: number }): string {
  return `${coords.latitude.toFixed(4)}, ${coords.longitude.toFixed(4)}`
}

export function enhanceNearMe(root: ParentNode = document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-near-me]')
  const field = root.querySelector<HTMLInputElement>('#filter-near')
  const status = root.querySelector<HTMLElement>('[data-near-me-status]')
  if (!button || !field || !status || !('geolocation' in navigator)) return
  const form = field.form
  if (!form) return
  button.hidden = false
  button.addEventListener('click', () => {
    button.disabled = true
    status.textContent = button.dataset.locating ?? ''
    navigator.geolocation.getCurrentPosition(
      (position) => {
        field.value = positionText(position.coords)
        form.requestSubmit()
      },
      () => {
        button.disabled = false
        status.textContent = button.dataset.failed ?? ''
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    )
  })
}
