// @ts-check
/**
 * A typedoc plugin: a "Playground" link at the top of the navigation sidebar on every page of
 * the docs site. typedoc's own `navigationLinks` writes the URL as given, and a relative one
 * breaks on pages one folder down (documents/, functions/ …); `relativeURL` resolves it from each
 * page. The page itself is built by scripts/build-playground.ts.
 */
import { JSX } from 'typedoc';

/** Where scripts/build-playground.ts puts the page, relative to the docs site's root. */
const PLAYGROUND = 'playground/index.html';

/**
 * Registers the link with the default theme.
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.renderer.hooks.on('sidebar.begin', (context) =>
    JSX.createElement(
      'nav',
      { id: 'playground-link', class: 'tsd-navigation', 'aria-label': 'Playground' },
      JSX.createElement('a', { href: context.relativeURL(PLAYGROUND) }, 'Playground: try the parser on your own text'),
    ),
  );
}
