import { Badge, Button, Card, Group, Table, Text, VisuallyHidden, type MantineColor } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from './loading';
import { QueryError } from './query-error';

type QueryTableProps<T> = {
  /** The list behind the table: loading and failure show in its place. */
  query: UseQueryResult<T[]>;
  /** The table's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The column headers, in order; a false entry is a column this viewer does not get. */
  columns: (string | false)[];
  /** The last column holds each row's actions: its header is for screen readers only. */
  actionsLabel: string;
  /** Said in one row when the list is empty. */
  empty: string;
  /** One Table.Tr per item (with its key), its cells in the order of the columns, then the actions cell. */
  row: (item: T) => ReactNode;
};

/** An administration list (accounts, API clients): a bordered, striped table with row actions, or its loading and error states. */
export function QueryTable<T>({ query, label, minWidth, columns, actionsLabel, empty, row }: QueryTableProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const headers = columns.filter((column) => column !== false);
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header) => (
                <Table.Th key={header} scope="col">
                  {header}
                </Table.Th>
              ))}
              <Table.Th scope="col">
                <VisuallyHidden>{actionsLabel}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={headers.length + 1}>
                  <Text c="dimmed" ta="center" py="md">
                    {empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {query.data.map((item) => row(item))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** A row's state (active, deactivated, revoked…) as a light badge that never wraps. */
export function StatusBadge({ color, children }: { color: MantineColor; children: ReactNode }) {
  return (
    <Badge color={color} variant="light" style={{ minWidth: 'max-content' }}>
      {children}
    </Badge>
  );
}

/** A destructive action at the end of a row; the accessible label names the row it acts on. */
export function RowAction({ icon, label, ariaLabel, onClick }: { icon: ReactNode; label: string; ariaLabel: string; onClick: () => void }) {
  return (
    <Group justify="flex-end" wrap="nowrap">
      <Button size="xs" variant="subtle" color="red" leftSection={icon} aria-label={ariaLabel} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}
