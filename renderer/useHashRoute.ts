import { useEffect, useState } from 'react';
import { readRoute, type Route } from './route';

export { navigate, type Route } from './route';

/** The current route, following the hash as it changes. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onChange = () => setRoute(readRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
