import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatPercent, formatVnd } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { ReportFigures as Figures } from '../api/get-report';

/** Section 2 "Hoạt động chuyên môn" and section 3 of the report, as generated from the records. */
export function ReportFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const f = figures;
  const rows: [string, string][] = [
    [t('figures.reception'), t('figures.contacts', { value: formatInteger(f.reception.contacts) })],
    [
      t('figures.counselling'),
      t('figures.sessions', { sessions: f.counselling.sessions, patients: f.counselling.withPatients, relatives: f.counselling.withRelatives, people: f.counselling.peopleCounselled }),
    ],
    [t('figures.communication'), t('figures.items', { value: formatInteger(f.communication.items) })],
    [
      t('figures.fundraising'),
      t('figures.raised', {
        cash: formatVnd(f.fundraising.cashRaised),
        goods: formatVnd(f.fundraising.goodsValueRaised),
        given: formatVnd(f.fundraising.cashDistributed),
        patients: f.fundraising.patientsSupported,
      }),
    ],
    [t('figures.charity'), t('figures.charityTotal', { activities: f.charity.activities, people: formatInteger(f.charity.beneficiaries) })],
    [t('figures.services'), t('figures.deliveries', { value: formatInteger(f.services.deliveries) })],
    [
      t('figures.training'),
      t('figures.trainingTotal', {
        courses: f.training.coursesHeld,
        participants: f.training.participants,
        people: f.training.peopleTrained,
        trained: f.training.medicalStaffTrained,
        staff: f.training.medicalStaffCount,
        share: f.training.medicalStaffTrainedPercent == null ? '—' : formatPercent(f.training.medicalStaffTrainedPercent, language),
      }),
    ],
    [
      t('figures.cases'),
      t('figures.casesTotal', {
        opened: f.cases.casesOpened,
        closed: f.cases.casesClosed,
        open: f.cases.openCasesAtEnd,
        children: f.cases.childrenInSpecialCircumstancesSupported,
      }),
    ],
  ];
  return (
    <>
      <Table withTableBorder striped data-testid="report-figures">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="32%">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
          {f.fundraising.goodsDistributed.length > 0 && (
            <Table.Tr>
              <Table.Th>{t('figures.goodsGiven')}</Table.Th>
              <Table.Td>
                <List size="sm">
                  {f.fundraising.goodsDistributed.map((g) => (
                    <List.Item key={g.item}>
                      {g.item}: {formatInteger(g.quantity)} {g.unit ?? ''}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {f.through < f.to && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('report.through', { date: formatDate(f.through) })}
        </Text>
      )}
    </>
  );
}
