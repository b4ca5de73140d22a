import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export type LineChartPoint = {
  x: number;
  y: number;
  /** How this point's x is named in its tooltip and the data table ("31/12/2025"); formatX(x) otherwise. */
  xLabel?: string;
};

export type LineChartSeries = {
  id: string;
  name: string;
  /** Any CSS colour, e.g. "var(--mantine-color-teal-7)". */
  color: string;
  points: LineChartPoint[];
  /** A dashed line without point markers' fill: targets and trajectories. */
  dashed?: boolean;
};

export type LineChartProps = {
  /** The accessible name of the chart and the caption of its data table. */
  title: string;
  series: LineChartSeries[];
  formatY?: (value: number) => string;
  formatX?: (value: number) => string;
  /** Where the x axis is labelled; whole numbers across the data otherwise (years). */
  xTicks?: number[];
  /** Top of the y axis; a round number above the data otherwise (pass 100 for shares). */
  yMax?: number;
  yTickCount?: number;
  /** Header of the table's first column ("Year"). */
  xHeader?: string;
  /** Show the data table on screen; it is always there for screen readers. */
  showTable?: boolean;
  height?: number;
};

const width = 720;
const margin = { top: 12, right: 20, bottom: 30, left: 52 };

function niceStep(max: number, count: number) {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
}

function wholeNumbersBetween(min: number, max: number) {
  const from = Math.ceil(min);
  const to = Math.floor(max);
  const step = Math.max(1, Math.ceil((to - from + 1) / 14));
  const ticks: number[] = [];
  for (let x = from; x <= to; x += step) ticks.push(x);
  return ticks;
}

/**
 * A small dependency-free SVG line chart: several series, dashed target lines, y ticks, x labels,
 * a tooltip per point (<title>), role="img" with a name, and the same figures as a table.
 * It scales with its container (viewBox), so it works from a 768 px tablet up.
 */
export function LineChart({
  title,
  series,
  formatY = String,
  formatX = (x) => String(Math.round(x)),
  xTicks,
  yMax,
  yTickCount = 5,
  xHeader = '',
  showTable = false,
  height = 280,
}: LineChartProps) {
  const points = series.flatMap((s) => s.points);
  const xs = [...points.map((p) => p.x), ...(xTicks ?? [])];
  const xMin = xs.length > 0 ? Math.min(...xs) : 0;
  const xMax = xs.length > 0 ? Math.max(...xs) : 1;
  const dataMax = Math.max(0, ...points.map((p) => p.y));
  const step = niceStep(yMax ?? (dataMax || 1), yTickCount);
  const top = yMax ?? step * Math.max(1, Math.ceil(dataMax / step));
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const ticksX = xTicks ?? wholeNumbersBetween(xMin, xMax);

  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const sx = (x: number) => margin.left + (xMax === xMin ? plotWidth / 2 : ((x - xMin) / (xMax - xMin)) * plotWidth);
  const sy = (y: number) => margin.top + plotHeight - (Math.min(y, top) / top) * plotHeight;
  const labelOf = (p: LineChartPoint) => p.xLabel ?? formatX(p.x);

  // One table row per x, in order, with each series' value at that x.
  const rows = new Map<number, string>();
  for (const p of [...points].sort((a, b) => a.x - b.x)) if (!rows.has(p.x)) rows.set(p.x, labelOf(p));

  const table = (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder fz="sm" data-testid="line-chart-table">
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{xHeader}</Table.Th>
            {series.map((s) => (
              <Table.Th key={s.id} scope="col">
                {s.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rows].map(([x, label]) => (
            <Table.Tr key={x}>
              <Table.Th scope="row" fw={400}>
                {label}
              </Table.Th>
              {series.map((s) => {
                const point = s.points.find((p) => p.x === x);
                return <Table.Td key={s.id}>{point ? formatY(point.y) : '—'}</Table.Td>;
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <div>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        style={{ display: 'block', maxWidth: '100%', height: 'auto', overflow: 'visible' }}
        fontSize={12}
      >
        <g aria-hidden>
          {yTicks.map((y) => (
            <g key={y}>
              <line x1={margin.left} x2={width - margin.right} y1={sy(y)} y2={sy(y)} stroke="#dee2e6" strokeWidth={1} />
              <text x={margin.left - 8} y={sy(y)} dy="0.32em" textAnchor="end" fill="#495057">
                {formatY(y)}
              </text>
            </g>
          ))}
          {ticksX.map((x) => (
            <g key={x}>
              <line x1={sx(x)} x2={sx(x)} y1={margin.top + plotHeight} y2={margin.top + plotHeight + 5} stroke="#868e96" />
              <text x={sx(x)} y={margin.top + plotHeight + 18} textAnchor="middle" fill="#495057">
                {formatX(x)}
              </text>
            </g>
          ))}
          <line x1={margin.left} x2={width - margin.right} y1={sy(0)} y2={sy(0)} stroke="#868e96" />
        </g>
        {series.map((s) => {
          const sorted = [...s.points].sort((a, b) => a.x - b.x);
          // SVG path coordinates, never shown to a reader.
          // eslint-disable-next-line no-restricted-syntax
          const d = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)} ${sy(p.y).toFixed(1)}`).join(' ');
          return (
            <g key={s.id} data-series={s.id}>
              {sorted.length > 1 && (
                <path
                  d={d}
                  fill="none"
                  style={{ stroke: s.color }}
                  strokeWidth={s.dashed ? 2 : 2.5}
                  strokeDasharray={s.dashed ? '6 5' : undefined}
                  strokeLinejoin="round"
                  data-testid={`line-${s.id}`}
                />
              )}
              {sorted.map((p) => (
                <circle
                  key={p.x}
                  cx={sx(p.x)}
                  cy={sy(p.y)}
                  r={s.dashed ? 3 : 4}
                  style={{ stroke: s.color, fill: s.dashed ? '#fff' : s.color }}
                  strokeWidth={1.5}
                  data-testid={`point-${s.id}`}
                >
                  <title>{`${s.name} · ${labelOf(p)}: ${formatY(p.y)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-hidden>
        {series.map((s) => (
          <Group key={s.id} component="li" gap={6} wrap="nowrap">
            <LegendSwatch color={s.color} dashed={s.dashed} />
            <Text size="sm">{s.name}</Text>
          </Group>
        ))}
      </Group>
      {showTable ? <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>{table}</div> : <VisuallyHidden>{table}</VisuallyHidden>}
    </div>
  );
}

function LegendSwatch({ color, dashed }: { color: string; dashed?: boolean }): ReactNode {
  return (
    <svg width={24} height={10} aria-hidden>
      <line x1={1} x2={23} y1={5} y2={5} style={{ stroke: color }} strokeWidth={2.5} strokeDasharray={dashed ? '5 3' : undefined} />
    </svg>
  );
}
