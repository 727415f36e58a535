/**
 * The copy buttons beside a calendar's address. Without JavaScript the address is a
 * read-only field to select and copy by hand, and the buttons stay hidden.
 */
function enhance(button: HTMLButtonElement) {
  const input = document.getElementById(button.dataset.copyAddress ?? '')
  const status = button.closest('.calendar-address')?.querySelector('[role="status"]')
  if (!(input instanceof HTMLInputElement) || !status) return
  button.hidden = false
  button.addEventListener('click', async () => {
    input.select()
    let copied = false
    try {
      await navigator.clipboard.writeText(input.value)
      copied = true
    } catch {
      // Without the clipboard API (an http origin, an old browser) the selection is still there to copy.
      copied = document.execCommand?.('copy') ?? false
    }
    status.textContent = (copied ? button.dataset.copied : button.dataset.copyFailed) ?? ''
  })
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-address]')) enhance(button)
