// @ts-check
/**
 * A typedoc plugin: the README opens with a "# news-article-parser" heading so that it reads well
 * on the registry and in the repository, but the site's landing page already shows the project
 * name as its title. Drop the README's own heading there so the title is not shown twice.
 */
import { MarkdownEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    if (event.page.url !== 'index.html') return;
    // The rendered README starts with its level-1 heading; nothing else on the page is touched.
    const match = /^\s*<h1[^>]*>.*?<\/h1>/s.exec(event.parsedText);
    if (match !== null) event.parsedText = event.parsedText.slice(match[0].length);
  });
}
