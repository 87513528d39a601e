/**
 * Keys typed into a live panel's fields stay in the panel (reveal.js listens on the document, and
 * a worker count typed on a slide must not turn the page), but Escape leaves it: the control lets
 * go of the focus, and the deck's keys work again. One rule for every panel on a slide.
 */
export function keepKeysInPanel(root: HTMLElement): void {
  root.addEventListener("keydown", (event) => {
    const control = (event.target as HTMLElement).closest<HTMLElement>("input, select, button");
    if (!control) return;
    event.stopPropagation();
    if (event.key === "Escape") control.blur();
  });
}
