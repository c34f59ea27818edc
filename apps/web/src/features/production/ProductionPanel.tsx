import { useState } from 'react';
import type { ExportTarget } from '@cors-playground/production';
import { AnalyseTab } from './AnalyseTab.tsx';
import { ExportTab } from './ExportTab.tsx';
import { productionPanelId, productionTabId, ProductionTabs } from './ProductionTabs.tsx';
import './production.css';

type ProductionTabId = 'export' | 'analyse';

/** The tabs, each with the body of its panel; both bodies share the framework choice. */
const tabs = [
  { id: 'export', label: 'Export to your framework', Body: ExportTab },
  { id: 'analyse', label: 'Analyse a real response', Body: AnalyseTab },
] as const;

export interface ProductionPanelProps {
  /** The tab shown first. Default `'export'`. */
  initialTab?: ProductionTabId;
}

/**
 * From playground to production (loaded on demand): the live policy exported to a real framework,
 * and a real server's `curl -i` answers analysed as a browser would. Both tabs stay mounted, so a
 * pasted response survives a look at the export; the framework choice is shared by both.
 */
export default function ProductionPanel({ initialTab = 'export' }: ProductionPanelProps) {
  const [tab, setTab] = useState<ProductionTabId>(initialTab);
  const [target, setTarget] = useState<ExportTarget>('express');
  return (
    <section
      className="panel production-panel"
      aria-labelledby="production-title"
      data-testid="production-panel"
    >
      <h2 id="production-title">To production</h2>
      <ProductionTabs tabs={tabs} selected={tab} onSelect={setTab} label="To production" />
      {tabs.map(({ id, Body }) => (
        <div
          key={id}
          role="tabpanel"
          id={productionPanelId(id)}
          aria-labelledby={productionTabId(id)}
          hidden={tab !== id}
          data-testid={`production-${id}`}
        >
          <Body target={target} onTarget={setTarget} />
        </div>
      ))}
    </section>
  );
}
