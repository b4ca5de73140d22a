import { screen, within } from '@testing-library/react';
import { renderElement } from '@/testing/test-utils';
import { LineChart, type LineChartSeries } from './line-chart';

const series: LineChartSeries[] = [
  {
    id: 'share',
    name: 'Share',
    color: 'teal',
    points: [
      { x: 2023, y: 20, xLabel: '31/12/2023' },
      { x: 2024, y: 33.33, xLabel: '31/12/2024' },
      { x: 2025, y: 40, xLabel: '31/12/2025' },
    ],
  },
  {
    id: 'target',
    name: 'Target',
    color: 'orange',
    dashed: true,
    points: [
      { x: 2025, y: 30 },
      { x: 2030, y: 60 },
    ],
  },
];

const percent = (value: number) => `${value} %`;

describe('LineChart', () => {
  it('draws one line per series with a point per value, the targets dashed', () => {
    renderElement(<LineChart title="Preventive share over the years" series={series} yMax={100} formatY={percent} xHeader="Year" />);

    const chart = screen.getByRole('img', { name: 'Preventive share over the years' });
    expect(within(chart).getAllByTestId('point-share')).toHaveLength(3);
    expect(within(chart).getAllByTestId('point-target')).toHaveLength(2);
    expect(within(chart).getByTestId('line-share')).not.toHaveAttribute('stroke-dasharray');
    expect(within(chart).getByTestId('line-target')).toHaveAttribute('stroke-dasharray');
    // Each point says what it is in its tooltip.
    expect(within(chart).getAllByTestId('point-share')[1].querySelector('title')).toHaveTextContent('Share · 31/12/2024: 33.33 %');
  });

  it('puts higher values higher and later x further right', () => {
    renderElement(<LineChart title="Chart" series={series} yMax={100} />);
    const [first, second] = screen.getAllByTestId('point-share');
    const cx = (el: Element) => Number(el.getAttribute('cx'));
    const cy = (el: Element) => Number(el.getAttribute('cy'));
    expect(cx(second)).toBeGreaterThan(cx(first));
    expect(cy(second)).toBeLessThan(cy(first));
  });

  it('labels the y axis with formatted ticks up to yMax and the x axis with whole years', () => {
    renderElement(<LineChart title="Chart" series={series} yMax={100} formatY={percent} />);
    const chart = screen.getByRole('img', { name: 'Chart' });
    const texts = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['0 %', '20 %', '100 %', '2023', '2027', '2030']));
    expect(texts).not.toContain('120 %');
  });

  it('offers the same figures as a table for screen readers', () => {
    renderElement(<LineChart title="Chart" series={series} yMax={100} formatY={percent} xHeader="Year" />);
    const table = screen.getByTestId('line-chart-table');
    expect(within(table).getByRole('columnheader', { name: 'Target' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /31\/12\/2025/ });
    expect(row).toHaveTextContent('40 %');
    expect(row).toHaveTextContent('30 %');
    // 2030 has a target but no share yet.
    expect(within(table).getByRole('row', { name: /2030/ })).toHaveTextContent('—');
  });
});
