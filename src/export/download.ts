/** Saves a Blob under a name, the way a link with `download` does. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
