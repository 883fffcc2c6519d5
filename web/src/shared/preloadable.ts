import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads on demand, shown the moment its code is there. `React.lazy` would do the same
 * but through Suspense, and React reveals a suspended boundary's content at least 300 ms after its fallback
 * appeared (a screen and its chart, two lazy parts, waited that in turn); this one waits with a plain state.
 * `preload()` starts the loading early (while the session is being checked).
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined; // a later render tries again (a chunk lost to a network hiccup)
        throw error;
      },
    ));
  function Preloadable(props: P) {
    const [component, setComponent] = useState<{ c: ComponentType<P> } | { failed: unknown } | undefined>(
      () => (loaded ? { c: loaded } : undefined),
    );
    useEffect(() => {
      if (!component) {
        preload().then(
          (c) => setComponent({ c }),
          (failed: unknown) => setComponent({ failed }),
        );
      }
    }, [component]);
    if (component && 'failed' in component) {
      throw component.failed; // to the route's error boundary, as a failed lazy import would go
    }
    return component ? createElement(component.c, props) : fallback;
  }
  return Object.assign(Preloadable, { preload });
}
