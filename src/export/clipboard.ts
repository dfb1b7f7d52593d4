/** Copying an image needs the async clipboard and ClipboardItem; say why not when they are missing. */
export function clipboardImageSupport(): 'ok' | 'no-clipboard' | 'insecure' {
  if (!window.isSecureContext) return 'insecure';
  if (typeof ClipboardItem === 'undefined' || !('clipboard' in navigator) || !navigator.clipboard.write)
    return 'no-clipboard';
  return 'ok';
}

/** The PNG is passed as a promise so the browser keeps the click's permission while it renders. */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
