// The page and its parameters live in the location hash: the same from file:// in Electron
// and from the web host. No React here: renderer/early.ts reads it before React loads.

export interface Route {
  page: string;
  params: URLSearchParams;
}

export function readRoute(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [page, query] = hash.split('?');
  return { page: page || 'home', params: new URLSearchParams(query ?? '') };
}

export function navigate(page: string, params?: Record<string, string>) {
  const query = params ? `?${new URLSearchParams(params)}` : '';
  window.location.hash = `#/${page}${query}`;
}
