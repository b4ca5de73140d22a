import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconCertificate, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryTable } from '@/components/query-table';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, todayIso } from '@/lib/format';
import { useStaff, type StaffMember } from '../api/list-staff';
import { AddCertificateModal } from './add-certificate-modal';
import { CreateStaffModal } from './create-staff-modal';

function currentCertificate(member: StaffMember, today: string) {
  return member.certificates.find((c) => c.issuedOn <= today && (!c.expiresOn || c.expiresOn >= today));
}

/** The unit's staff: role, department, qualification, supervised practice and practice certificate. */
export function StaffSection() {
  const { t } = useTranslation('workforce');
  const me = useSignedInUser();
  const staff = useStaff();
  const manages = can(me, 'workforce.manage');
  const [creating, setCreating] = useState(false);
  const [certifying, setCertifying] = useState<StaffMember | null>(null);
  const today = todayIso();

  return (
    <>
      {manages && (
        <Group justify="flex-end" mb="sm">
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('staff.add')}
          </Button>
        </Group>
      )}
      <QueryTable
        query={staff}
        label={t('staff.title')}
        minWidth={820}
        columns={[t('staff.name'), t('staff.role'), t('staff.department'), t('staff.qualification'), t('staff.practice'), t('staff.certificate')]}
        actionsLabel={t('staff.actions')}
        empty={t('staff.empty')}
        row={(member) => {
          const certificate = currentCertificate(member, today);
          return (
            <Table.Tr key={member.id} data-testid="staff-row">
              <Table.Td>{member.fullName}</Table.Td>
              <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
              <Table.Td>{member.departmentName ?? '—'}</Table.Td>
              <Table.Td>
                {t(`levels.${member.qualificationLevel}`)} · {t(`majors.${member.qualificationMajor}`)}
              </Table.Td>
              <Table.Td>
                {member.practiceResult ? (
                  <Text size="sm">
                    {member.practiceHostFacility} ({formatDate(member.practiceFrom)}–{formatDate(member.practiceTo)}) · {t(`results.${member.practiceResult}`)}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {certificate ? (
                  <Badge color="teal" variant="light">
                    {certificate.number}
                    {certificate.expiresOn ? ` · ${t('staff.until', { date: formatDate(certificate.expiresOn) })}` : ''}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light">
                    {t('staff.noCertificate')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {manages && (
                  <Button size="xs" variant="subtle" leftSection={<IconCertificate size={14} aria-hidden />} aria-label={t('certificate.addFor', { name: member.fullName })} onClick={() => setCertifying(member)}>
                    {t('certificate.add')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
      <CreateStaffModal opened={creating} onClose={() => setCreating(false)} />
      <AddCertificateModal member={certifying} onClose={() => setCertifying(null)} />
    </>
  );
}
