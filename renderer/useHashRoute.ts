import { useEffect, useState } from 'react';

export interface Route {
  page: string;
  params: URLSearchParams;
}

function read(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [page, query] = hash.split('?');
  return { page: page || 'home', params: new URLSearchParams(query ?? '') };
}

/** Hash routing: works the same from file:// in Electron and from the web host. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(page: string, params?: Record<string, string>) {
  const query = params ? `?${new URLSearchParams(params)}` : '';
  window.location.hash = `#/${page}${query}`;
}
