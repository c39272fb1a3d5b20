/** How long a download's Blob URL is kept before it is released. */
const RELEASE_MS = 60_000;

/**
 * Offers `text` as a file download: a Blob URL on an `<a download>` that is
 * clicked at once and removed. The URL is released a minute later, when the
 * browser has long taken the file.
 */
export function offerDownload(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_MS);
}
