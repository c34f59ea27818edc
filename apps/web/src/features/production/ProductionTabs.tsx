import { useRef, type KeyboardEvent } from 'react';

export interface ProductionTab<Id extends string> {
  id: Id;
  label: string;
}

export interface ProductionTabsProps<Id extends string> {
  tabs: ReadonlyArray<ProductionTab<Id>>;
  selected: Id;
  onSelect: (id: Id) => void;
  /** Accessible name of the tab list. */
  label: string;
}

/** The id of a tab's button; its panel is labelled by it (`aria-labelledby`). */
export function productionTabId(id: string): string {
  return `production-tab-${id}`;
}

/** Its panel's id (`aria-controls`). */
export function productionPanelId(id: string): string {
  return `production-tabpanel-${id}`;
}

/**
 * A WAI-ARIA tab list: one tab stop, arrow keys (and Home/End) move between tabs and select them,
 * as https://www.w3.org/WAI/ARIA/apg/patterns/tabs/ describes for automatic activation.
 */
export function ProductionTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: ProductionTabsProps<Id>) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next = {
      ArrowRight: (at + 1) % tabs.length,
      ArrowLeft: (at - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    const tab = next === undefined ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="production-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) buttons.current.set(tab.id, el);
            else buttons.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={productionTabId(tab.id)}
          data-testid={productionTabId(tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={productionPanelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
