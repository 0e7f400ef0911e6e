/**
 * Re-rendering a panel must not drop the keyboard user's place: the focused control is found
 * again after the rebuild by its data-testid (and data-row / data-task-id where several share one).
 */
export function keepFocus(panel: HTMLElement, rebuild: () => void): void {
  const active = panel.ownerDocument.activeElement;
  const key = active instanceof HTMLElement && panel.contains(active) ? focusKey(active) : null;
  rebuild();
  if (!key) return;
  const again = panel.querySelector<HTMLElement>(key);
  if (again && !(again as HTMLButtonElement).disabled) again.focus();
  else if (again) panel.focus?.();
}

export function focusKey(el: HTMLElement): string | null {
  const testid = el.dataset.testid;
  if (!testid) return null;
  let selector = `[data-testid="${CSS.escape(testid)}"]`;
  for (const attr of ['data-row', 'data-task-id'] as const) {
    const v = el.getAttribute(attr);
    if (v !== null) selector += `[${attr}="${CSS.escape(v)}"]`;
  }
  return selector;
}
