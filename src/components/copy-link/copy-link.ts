/**
 * "Copy link" on each numbered paragraph (Para's data-short-url): copies the paragraph's short
 * address, never the page's own (which may carry ?highlight=), and says so beside the button.
 * Nothing is added where the browser has no clipboard to write to.
 */
export function offerCopyLinks(): void {
  const hint = document.getElementById('copy-link-hint');
  const paragraphs = document.querySelectorAll<HTMLElement>('.para[data-short-url]');
  if (!navigator.clipboard || !hint?.hasAttribute('data-copy-buttons') || paragraphs.length === 0) return;
  for (const paragraph of paragraphs) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'para__copy';
    const label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = ` to paragraph ${paragraph.dataset.para}`;
    button.append('Copy link', label);
    const status = document.createElement('span');
    status.className = 'para__copied';
    status.setAttribute('role', 'status');
    const tools = document.createElement('p');
    tools.className = 'para__tools';
    tools.append(button, ' ', status);
    paragraph.querySelector('.para__body')?.append(tools);
    button.addEventListener('click', async () => {
      const address = new URL(paragraph.dataset.shortUrl!, location.origin).href;
      try {
        await navigator.clipboard.writeText(address);
        status.textContent = `Copied: ${address}`;
      } catch {
        status.textContent = `Could not copy. The link is ${address}`;
      }
    });
  }
  hint.hidden = true;
}
