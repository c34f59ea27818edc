import { useState } from 'react';
import type { ExportTarget } from '@cors-playground/production';
import { AnalyseTab } from './AnalyseTab.tsx';
import { ExportTab } from './ExportTab.tsx';
import { productionPanelId, productionTabId, ProductionTabs } from './ProductionTabs.tsx';
import './production.css';

type ProductionTabId = 'export' | 'analyse';

const tabs = [
  { id: 'export', label: 'Export to your framework' },
  { id: 'analyse', label: 'Analyse a real response' },
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
      <div
        role="tabpanel"
        id={productionPanelId('export')}
        aria-labelledby={productionTabId('export')}
        hidden={tab !== 'export'}
        data-testid="production-export"
      >
        <ExportTab target={target} onTarget={setTarget} />
      </div>
      <div
        role="tabpanel"
        id={productionPanelId('analyse')}
        aria-labelledby={productionTabId('analyse')}
        hidden={tab !== 'analyse'}
        data-testid="production-analyse"
      >
        <AnalyseTab target={target} onTarget={setTarget} />
      </div>
    </section>
  );
}
