// Files on the team page: blob URLs for what was fetched through api.js, and readable sizes.

/** Object URLs made for this page, revoked when the page is left (they pin the bytes in memory). */
export function blobUrls() {
  const urls = [];
  return {
    make(blob) { const url = URL.createObjectURL(blob); urls.push(url); return url; },
    revokeAll() { urls.splice(0).forEach((u) => URL.revokeObjectURL(u)); },
  };
}

/** A size for people: 12 KB, 3.4 MB. */
export function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
