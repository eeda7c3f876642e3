/**
 * An accessible tab strip (WAI-ARIA tabs pattern): buttons with `role="tab"` inside a
 * `role="tablist"`, each `aria-controls` its panel; arrow keys, Home and End move between tabs.
 * @module
 */

/** The handle returned by {@link setUpTabs}. */
export interface Tabs {
  /** The id of the panel currently shown. */
  current(): string;
}

/**
 * Makes the tabs in `tablist` switch their panels; `onShow` runs with the panel id each time one
 * is shown.
 *
 * @example
 * ```ts
 * const tabs = setUpTabs(document.getElementById('tabs')!, (id) => console.log(id));
 * ```
 */
export function setUpTabs(tablist: HTMLElement, onShow: (panelId: string) => void): Tabs {
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  let current = tabs.find((t) => t.getAttribute('aria-selected') === 'true') ?? tabs[0];

  function show(tab: HTMLElement, focus: boolean): void {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    current = tab;
    if (focus) tab.focus();
    onShow(tab.getAttribute('aria-controls') ?? '');
  }

  for (const tab of tabs) tab.addEventListener('click', () => show(tab, false));
  tablist.addEventListener('keydown', (event) => {
    const at = current ? tabs.indexOf(current) : 0;
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const tab = tabs[(to + tabs.length) % tabs.length];
    if (tab) show(tab, true);
  });
  if (current) show(current, false);
  return { current: () => current?.getAttribute('aria-controls') ?? '' };
}
