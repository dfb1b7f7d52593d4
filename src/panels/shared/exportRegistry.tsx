import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** The charts on screen register here, so a panel can export all of them at once. */

type Named = Promise<{ name: string; blob: Blob }>;

export interface ChartExporter {
  /** A PNG of the chart at 2x, and its SVG, named, in the reader's chosen size and background. */
  png: () => Named;
  svg: () => Named;
}

type Registry = Map<string, ChartExporter>;

const RegistryContext = createContext<Registry | null>(null);

export function ExportRegistry({ children }: { children: ReactNode }) {
  const [registry] = useState<Registry>(() => new Map());
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

export function useExportRegistry(): Registry | null {
  return useContext(RegistryContext);
}

export function useRegisterExporter(id: string, exporter: ChartExporter): void {
  const registry = useContext(RegistryContext);
  const latest = useRef(exporter);
  useEffect(() => {
    latest.current = exporter;
  });
  useEffect(() => {
    if (!registry) return;
    registry.set(id, { png: () => latest.current.png(), svg: () => latest.current.svg() });
    return () => {
      registry.delete(id);
    };
  }, [registry, id]);
}
